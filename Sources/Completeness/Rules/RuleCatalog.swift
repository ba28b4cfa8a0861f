/// Every rule `check` knows, in id order.
public enum RuleCatalog {
    /// The rules for `configuration`: one per section definition (built-in and your own), then the
    /// content and consistency rules.
    public static func rules(for configuration: CheckConfiguration = .standard) -> [any Rule] {
        let sections: [any Rule] = configuration.sections.map { RequiredSectionRule(section: $0) }
        return sections + contentRules
    }

    /// The rules that read inside sections, in id order.
    public static let contentRules: [any Rule] = [
        PlaceholderRule(), ImpactWindowRule(), TimelineTimeRule(), TimelineZoneRule(), TimelineOrderRule(),
        TimelineMilestonesRule(), ActionItemOwnerRule(), ActionItemTicketRule(), ActionItemStatusRule(),
        BlameLanguageRule(), ConsistentTimesRule(), ConsistentDurationRule(), ConsistentDateRule(),
    ]

    /// The rule `key` names by id or name, for `configuration`.
    public static func rule(_ key: String, for configuration: CheckConfiguration = .standard) -> (any Rule)? {
        rules(for: configuration).first { $0.descriptor.matches(key) }
    }
}
