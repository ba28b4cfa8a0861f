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

    /// The tag or wording that matched; ``description`` is its text (`wording:alerted`, `tag:detected`).
    public enum Rule: Sendable, Hashable, Codable, CustomStringConvertible {
        /// An explicit tag (lowercased, as `detected` in `[Detected]`).
        case tag(String)
        /// A wording, as matched (`alerted`).
        case wording(String)
        /// A restoration wording made partial by a qualifier (`restored`, `the majority of`).
        case partialRestoration(wording: String, qualifier: String)

        /// The text outputs show.
        public var description: String {
            switch self {
            case .tag(let tag): "tag:\(tag)"
            case .wording(let word): "wording:\(word)"
            case .partialRestoration(let word, let qualifier): "wording:\(word) (partial: \(qualifier))"
            }
        }
    }

    /// Which kind.
    public var kind: Kind
    /// The rule that matched.
    public var rule: Rule
    /// Whether an explicit tag on the line set it (tags win over wording).
    public var isTag: Bool

    /// Creates a cue.
    public init(kind: Kind, rule: Rule, isTag: Bool = false) {
        self.kind = kind
        self.rule = rule
        self.isTag = isTag
    }
}
