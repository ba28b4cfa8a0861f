import IncidentModel

/// Where a lifecycle boundary was read: a value with its payload, made into text only at the edge
/// (``description``).
public enum LifecycleSource: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Which of a source's declared fields.
    public enum DeclaredField: String, Sendable, Hashable, Codable, CaseIterable {
        /// The declared start (`started_at`, `begin`, `scheduled_for` …).
        case start
        /// The declared end (`resolved_at`, `end`, `scheduled_until` …).
        case end
    }

    /// A status update: its number (1 is the first) and its status.
    case statusUpdate(number: Int, status: Status)
    /// A reconciled timeline line that is a status update's own time.
    case statusUpdateLine
    /// The front matter: a marker's key (`detected`, `resolved` …), or `nil` for another line of it.
    case frontMatter(key: String?)
    /// A declared field of the source.
    case declared(DeclaredField)
    /// The end of a declared range (`00:17 - 01:30 UTC` on a history page), read by Chronology.
    case declaredRangeEnd
    /// A postmortem line, with the heading of its section when it has one.
    case postmortem(section: String?)
    /// A line written in the body of a status update.
    case updateBody

    /// Whether the boundary is a status update's time (one update, or a line that is its time).
    public var isStatusUpdate: Bool {
        switch self {
        case .statusUpdate, .statusUpdateLine: true
        default: false
        }
    }

    /// Whether the boundary is one of the source's declared fields (or a declared range's end).
    public var isDeclared: Bool {
        switch self {
        case .declared, .declaredRangeEnd: true
        default: false
        }
    }

    /// The text outputs show (`status update 2 (resolved)`, `postmortem (Timeline)`, `declared end`).
    public var description: String {
        switch self {
        case .statusUpdate(let number, let status): "status update \(number) (\(status.rawValue))"
        case .statusUpdateLine: "status update"
        case .frontMatter: "front matter"
        case .declared(let field): "declared \(field.rawValue)"
        case .declaredRangeEnd: "declared end"
        case .postmortem(let section): section.map { "postmortem (\($0))" } ?? "postmortem"
        case .updateBody: "update body"
        }
    }
}
