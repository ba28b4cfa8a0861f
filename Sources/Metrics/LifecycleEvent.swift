import Foundation
import IncidentModel

/// A boundary of an incident's life, with the source and the rule that chose it.
public struct LifecycleEvent: Sendable, Hashable, Codable {
    /// Which boundary.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case impactStart = "impact_start"
        case detected
        case firstUpdate = "first_update"
        case identified
        case mitigated
        case resolved
        case publicResolved = "public_resolved"
    }

    /// Which boundary.
    public var kind: Kind
    /// When.
    public var instant: Date
    /// Where it was read (`status update 1`, `postmortem line 14`, `front matter`, `started_at`).
    public var source: String
    /// The rule that chose it (`first-update`, `wording:alerted`, `marker:front-matter`).
    public var rule: String
    /// The text it was read from, when there is one.
    public var text: String?
    /// The place of that text.
    public var place: SourcePlace?

    /// Creates an event.
    public init(kind: Kind, instant: Date, source: String, rule: String, text: String? = nil, place: SourcePlace? = nil)
    {
        self.kind = kind
        self.instant = instant
        self.source = source
        self.rule = rule
        self.text = text
        self.place = place
    }
}
