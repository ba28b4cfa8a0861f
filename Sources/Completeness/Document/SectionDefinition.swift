import IncidentModel

/// A section a postmortem should have, the headings that count as it, and how much its absence
/// matters.
public struct SectionDefinition: Sendable, Hashable {
    /// The key used in configuration (`impact`, `root-cause`).
    public var key: String
    /// The title used in messages and skeletons (`Root cause`).
    public var title: String
    /// Headings that count as the section, compared after normalising (case, punctuation, numbering
    /// and a parenthesised remark such as `(all times UTC)` are ignored).
    public var synonyms: [String] {
        didSet { normalizedSynonyms = synonyms.map(HeadingNormalizer.normalize) }
    }
    /// The synonyms as `HeadingNormalizer` reduces them, kept in step with `synonyms`.
    private(set) var normalizedSynonyms: [String]
    /// The severity of a missing or empty section.
    public var severity: Severity
    /// The id of the rule that requires it (`PM002`, or `section.<key>` for a section of your own).
    public var ruleID: String
    /// Why the section matters, for `--explain`.
    public var rationale: String

    /// Creates a definition.
    public init(
        key: String, title: String, synonyms: [String], severity: Severity, ruleID: String? = nil,
        rationale: String = ""
    ) {
        self.key = key
        self.title = title
        self.synonyms = synonyms
        self.normalizedSynonyms = synonyms.map(HeadingNormalizer.normalize)
        self.severity = severity
        self.ruleID = ruleID ?? "section.\(key)"
        self.rationale = rationale
    }

    /// The rule name (`section.impact`).
    public var ruleName: String { "section.\(key)" }
}
