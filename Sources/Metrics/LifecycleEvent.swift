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
    /// Where it was read.
    public var source: LifecycleSource
    /// The rule that chose it, with the candidates passed over on the way.
    public var rule: LifecycleRule
    /// The text it was read from, when there is one.
    public var text: String?
    /// The place of that text.
    public var place: SourcePlace?
    /// Why each candidate passed over on the way to this one was (`"09:12" passed over: …`), in order.
    public var passedOver: [PassedOver] { rule.passedOver }

    /// Creates an event.
    public init(
        kind: Kind, instant: Date, source: LifecycleSource, rule: LifecycleRule, text: String? = nil,
        place: SourcePlace? = nil
    ) {
        self.kind = kind
        self.instant = instant
        self.source = source
        self.rule = rule
        self.text = text
        self.place = place
    }
}

extension LifecycleEvent {
    /// This event with the candidates passed over on the way: each reason once (as given), kept in
    /// the rule's ``LifecycleRule/passedOver``.
    public func passing(over reasons: [PassedOver]) -> LifecycleEvent {
        var seen = Set<PassedOver>()
        var event = self
        event.rule.passedOver += reasons.filter { seen.insert($0).inserted }
        return event
    }
}
