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

    /// One finding when no timed entry names a zone (the fix is one line: declare it), else one per
    /// entry that lacks the zone its neighbours write.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        guard document.times.timelineZone == nil else { return [] }
        let clocked = document.times.entries.compactMap { entry in entry.clocked.first.map { (entry, $0) } }
        let zoneless = clocked.filter { !$0.1.expression.hasWrittenZone }
        guard let first = zoneless.first, let last = zoneless.last else { return [] }
        if zoneless.count == clocked.count, zoneless.count > 1 {
            let place = document.sections("timeline").first?.section.place ?? first.0.line.place
            return [
                finding(
                    "the timeline declares no zone and none of its \(zoneless.count) timed entries names one "
                        + "(\"\(first.1.expression.text)\" to \"\(last.1.expression.text)\")",
                    at: place)
            ]
        }
        return zoneless.map { entry, time in
            finding(
                "\"\(time.expression.text)\" has no zone and the timeline declares none",
                at: document.locate(time.expression.text, from: entry.line.place))
        }
    }
}
