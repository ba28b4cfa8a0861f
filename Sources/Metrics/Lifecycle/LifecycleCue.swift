/// What a line of text says about the incident's life, read from its wording or its tag.
public struct LifecycleCue: Sendable, Hashable, Codable {
    /// Which kind of moment the line describes.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Users are affected (errors, latency, failures, a traffic surge).
        case impact
        /// Someone or something noticed (alerted, paged, detected, reported, alarm).
        case detected
        /// The cause was found.
        case identified
        /// An action that reduces the impact (rolled back, scaled, failed over, mitigated).
        case mitigation
        /// Service is restored (declared resolved, back to normal, fully restored).
        case resolved
    }

    /// Which kind.
    public var kind: Kind
    /// The rule that matched, such as `wording:alerted` or `tag:[detected]`.
    public var rule: String
    /// Whether an explicit tag on the line set it (tags win over wording).
    public var isTag: Bool

    /// Creates a cue.
    public init(kind: Kind, rule: String, isTag: Bool = false) {
        self.kind = kind
        self.rule = rule
        self.isTag = isTag
    }
}
