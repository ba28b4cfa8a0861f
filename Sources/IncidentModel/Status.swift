/// The machine status of a status update (never the display label `Update`).
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case investigating
    case identified
    case monitoring
    case resolved
    case postmortem
    case scheduled
    case inProgress = "in_progress"
    case verifying
    case completed

    /// Reads a label as shown (`Investigating`, `In progress`, `resolved`, `Completed`).
    ///
    /// Returns `nil` for `Update` and for anything that is not a status: the caller carries the
    /// previous status forward (trap T1).
    public init?(label: String) {
        let key = label.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
            .joined(separator: "_")
        switch key {
        case "investigating": self = .investigating
        case "identified": self = .identified
        case "monitoring", "watching": self = .monitoring
        case "resolved", "fixed": self = .resolved
        case "postmortem", "post_mortem": self = .postmortem
        case "scheduled": self = .scheduled
        case "in_progress": self = .inProgress
        case "verifying": self = .verifying
        case "completed": self = .completed
        default: return nil
        }
    }

    /// Whether the status belongs to a scheduled maintenance.
    public var isMaintenance: Bool {
        switch self {
        case .scheduled, .inProgress, .verifying, .completed: true
        default: false
        }
    }

    /// Position in the incident workflow, used to spot statuses that go backwards.
    public var progress: Int {
        switch self {
        case .investigating, .scheduled: 0
        case .identified, .inProgress: 1
        case .monitoring, .verifying: 2
        case .resolved, .completed: 3
        case .postmortem: 4
        }
    }

    /// Whether the status closes the incident (`resolved` or `completed`).
    public var isTerminal: Bool { self == .resolved || self == .completed }
}
