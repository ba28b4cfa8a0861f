import Chronology
import IncidentModel

/// What `check` enforces: rule severities (or off), the sections and their headings, and the zone
/// for timeline lines that name none.
public struct CheckConfiguration: Sendable, Hashable {
    /// Severity overrides by lower-cased rule id or name; `nil` turns the rule off.
    public var ruleSeverities: [String: Severity?]
    /// The sections looked for, built-in ones with any added synonyms, then sections of your own.
    public var sections: [SectionDefinition]
    /// The zone assumed for timeline times that name none, when the document declares none; when
    /// set, such lines satisfy `timeline.zone`.
    public var defaultZone: String?
    /// The file the configuration was read from, when there was one.
    public var source: String?
    /// How written times are read (zone labels, ambiguous abbreviations; the default zone is
    /// `defaultZone`): the reading configuration the merger and the reconciler use too.
    public var reading = ReconcileOptions()

    /// Creates a configuration; the default is the built-in rules at their default severities.
    public init(
        ruleSeverities: [String: Severity?] = [:], sections: [SectionDefinition] = StandardSections.all,
        defaultZone: String? = nil, source: String? = nil
    ) {
        self.ruleSeverities = ruleSeverities
        self.sections = sections
        self.defaultZone = defaultZone
        self.source = source
    }

    /// The built-in configuration.
    public static let standard = CheckConfiguration()

    /// The severity `rule` runs at, or `nil` when it is turned off.
    public func severity(for rule: RuleDescriptor) -> Severity? {
        for key in [rule.id.lowercased(), rule.name.lowercased()] {
            if let configured = ruleSeverities[key] { return configured }
        }
        return rule.defaultSeverity
    }
}
