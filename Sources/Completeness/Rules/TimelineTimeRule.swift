import IncidentModel

/// Every timeline entry has a time.
public struct TimelineTimeRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM013", name: "timeline.time", defaultSeverity: .error,
        summary: "Every timeline entry (list item or table row) starts with a time such as `14:02` or `9:48 AM EST`.",
        hint: "Put the time on the entry; a date line (`**Jan 10, 2025**`) above entries sets their date.",
        rationale: """
            Entries without a time cannot be ordered, measured or checked against the impact window, and \
            they hide how long each step took.
            """,
        example:
            "## Timeline (all times UTC)\n\n- 14:02 Error rate rises above 5%\n- 14:09 The latency alert pages on-call\n"
    )

    /// One finding per entry without a clock time.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        document.times.entries.filter { $0.clocked.isEmpty }.map { entry in
            let text = entry.line.text.count > 50 ? String(entry.line.text.prefix(47)) + "…" : entry.line.text
            return finding("timeline entry \"\(text)\" has no time", at: entry.line.place)
        }
    }
}
