import IncidentModel

/// The outcome for one file: its findings, or why it could not be read.
public struct FileCheck: Sendable, Hashable, Codable {
    /// The file as the user named it.
    public var file: String
    /// The findings, ordered by place.
    public var findings: [Diagnostic]
    /// Why the file could not be read (`file:line: reason`), or `nil`.
    public var failure: String?

    /// Creates a result.
    public init(file: String, findings: [Diagnostic] = [], failure: String? = nil) {
        self.file = file
        self.findings = findings
        self.failure = failure
    }
}
