import Foundation

/// One public status update of an incident.
public struct StatusUpdate: Sendable, Hashable, Codable {
    /// The machine status; an `Update` label carries the previous status forward.
    public var status: Status
    /// The label as shown (`Update`, `Investigating`, `resolved`).
    public var label: String
    /// The body as plain text.
    public var body: String
    /// The posting time as written.
    public var written: WrittenTime
    /// The posting time read by Chronology; `nil` until reconciled or when unreadable.
    public var resolved: ResolvedTime?
    /// Components the update names, when the source lists them.
    public var components: [String]

    /// Creates a status update.
    public init(
        status: Status, label: String, body: String, written: WrittenTime, resolved: ResolvedTime? = nil,
        components: [String] = []
    ) {
        self.status = status
        self.label = label
        self.body = body
        self.written = written
        self.resolved = resolved
        self.components = components
    }

    /// The posting instant: the reconciled one, else the source's exact one.
    public var instant: Date? { resolved?.instant ?? written.exact }
}
