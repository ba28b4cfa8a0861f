import IncidentModel

/// The timeline's zone is declared: in a heading or line ("All times UTC") or on every entry.
public struct TimelineZoneRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM014", name: "timeline.zone", defaultSeverity: .error,
        summary:
            "The timeline says its zone: \"All times UTC\" in the heading, a line or a `Time (UTC)` column, or a zone on every entry.",
        hint: "Add \"(all times UTC)\" to the Timeline heading, or write the zone after every time (`14:02 UTC`).",
        rationale: """
            A time without a zone can be off by up to 26 hours. Readers in other zones, and tools that \
            compute durations, need to know which clock the timeline was written in.
            """,
        example: "## Timeline\n\nAll times UTC.\n\n- 14:02 Error rate rises above 5%\n")

    /// One finding per timed entry with no zone when the timeline declares none.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        guard document.times.timelineZone == nil else { return [] }
        return document.times.entries.compactMap { entry in
            guard let time = entry.clocked.first, !time.expression.hasWrittenZone else { return nil }
            return finding(
                "\"\(time.expression.text)\" has no zone and the timeline declares none",
                at: document.locate(time.expression.text, from: entry.line.place))
        }
    }
}
