import IncidentModel

/// The impact section states when impact started and ended, with a zone.
public struct ImpactWindowRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM012", name: "impact.window", defaultSeverity: .error,
        summary: "The Impact section states a start and an end time, with a zone.",
        hint: "Write the window in the Impact section, e.g. \"From 14:02 UTC to 15:48 UTC on 2025-01-21\".",
        rationale: """
            The impact window is what error budgets, SLO reports and customer credits are computed from; \
            it has to be stated, not inferred from the timeline.
            """,
        example: "## Impact\n\n- Window: 2025-01-21 14:02 UTC to 2025-01-21 15:48 UTC (1 h 46 min).\n")

    /// A finding when the window has no start, no end, or no zone.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        guard let section = document.sections("impact").first else { return [] }
        let lines = document.times.sections["impact"] ?? []
        let times = lines.flatMap { line in line.clocked.map { (line, $0) } }
        let points = times.reduce(0) { $0 + ($1.1.expression.end == nil ? 1 : 2) }
        guard let first = times.first else {
            return [finding("the Impact section states no start or end time", at: section.section.place)]
        }
        if points < 2 {
            return [
                finding(
                    "the Impact section states one time (\"\(first.1.expression.text)\"); it needs a start and an end",
                    at: document.locate(first.1.expression.text, from: first.0.line.place))
            ]
        }
        let declared = lines.contains(where: \.isDeclaration)
        let zoned = times.allSatisfy { $0.1.expression.hasWrittenZone }
        let frontMatterZone = document.incident.pageZone != nil
        if !zoned, !declared, !frontMatterZone {
            let unzoned = times.first { !$0.1.expression.hasWrittenZone } ?? first
            return [
                finding(
                    "the impact time \"\(unzoned.1.expression.text)\" has no zone",
                    at: document.locate(unzoned.1.expression.text, from: unzoned.0.line.place))
            ]
        }
        return []
    }
}
