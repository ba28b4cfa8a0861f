import IncidentModel

/// The outcome of checking a set of files.
public struct CheckReport: Sendable, Hashable, Codable {
    /// One result per file, in the order the files were given.
    public var files: [FileCheck]
    /// Every rule that ran, in id order (for SARIF and JUnit, which list rules).
    public var rules: [RuleDescriptor]

    /// Creates a report.
    public init(files: [FileCheck], rules: [RuleDescriptor]) {
        self.files = files
        self.rules = rules
    }

    /// Every finding, file by file.
    public var findings: [Diagnostic] { files.flatMap(\.findings) }

    /// How many findings have `severity`.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The files that could not be read.
    public var failures: [FileCheck] { files.filter { $0.failure != nil } }

    /// 2 when a file could not be read, else 1 when an error is found (or a warning under
    /// `strict`), else 0.
    public func exitCode(strict: Bool) -> Int32 {
        if !failures.isEmpty { return 2 }
        let threshold: Severity = strict ? .warning : .error
        return findings.contains { $0.severity >= threshold } ? 1 : 0
    }
}
