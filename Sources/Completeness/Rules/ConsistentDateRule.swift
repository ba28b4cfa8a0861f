import Chronology
import IncidentModel
import Utilities

/// Dates written in the summary, impact and timeline agree with the days the incident ran.
public struct ConsistentDateRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM023", name: "consistency.date", defaultSeverity: .error,
        summary:
            "The incident has a date; the timeline is not wholly on other days than the stated start, and Summary and Impact dates fall within the timeline's days (a day either side).",
        hint: "Fix the date, or the front-matter impact_start it is compared with; without any date, add `date:` "
            + "to the front matter.",
        rationale: """
            A wrong date is the most common copy-paste error in postmortems built from an older one, and it \
            moves the incident to another month in every report.
            """,
        example:
            "---\nimpact_start: 2025-01-21T14:02:00Z\n---\n\n## Timeline\n\n**Jan 21, 2025**\n\n- 14:02 UTC Impact starts\n"
    )

    /// A finding when the timeline lies wholly away from the date the document states (front
    /// matter, impact start), one per Summary or Impact date outside the incident's days, or one
    /// when the timeline has times of day and the document no date at all.
    ///
    /// The incident's days run from the timeline's first to its last date (a timeline that follows
    /// the fix for weeks is a long timeline, not a wrong one; its order is PM015's), a day either
    /// side, with the stated date's day either side. Dates elsewhere (background, follow-ups,
    /// action items) are not compared.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        let times = document.times
        guard let incidentDate = times.incidentDate else {
            guard let first = times.entries.first(where: { !$0.clocked.isEmpty }), let time = first.clocked.first
            else { return [] }
            return [
                finding(
                    "the timeline has no date: add `date:` to the front matter or a date line above the times",
                    at: document.locate(time.expression.text, from: first.line.place))
            ]
        }
        var findings: [Diagnostic] = []
        let written = Self.writtenDates(in: times.timeline)
        var days = Set(times.entryInstants.map { LocalDateTime(instant: $0, offsetSeconds: 0).date.daysSinceEpoch })
        days.formUnion(written.map(\.date.daysSinceEpoch))
        var allowed: [ClosedRange<Int>] = []
        if let low = days.min(), let high = days.max() { allowed.append((low - 1)...(high + 1)) }
        let stated = times.statedDate ?? incidentDate
        let near = (stated.daysSinceEpoch - 1)...(stated.daysSinceEpoch + 1)
        if let stated = times.statedDate, !days.isEmpty, !days.contains(where: near.contains) {
            // The whole timeline is on other days than the one stated: the copy-paste case.
            allowed = []
            if let first = written.first {
                findings.append(
                    finding(
                        "\"\(first.text)\" is on \(first.date), but the incident is on \(stated)",
                        at: document.locate(first.text, from: first.place)))
            }
        }
        allowed.append(near)
        let lines = DocumentTimes.checkedSections.flatMap { times.sections[$0] ?? [] }
        for line in lines.sorted(by: { $0.line.place < $1.line.place }) {
            for found in line.found where found.expression.start.date != nil {
                guard let date = found.date, !allowed.contains(where: { $0.contains(date.daysSinceEpoch) }) else {
                    continue
                }
                findings.append(
                    finding(
                        "\"\(found.expression.text)\" is on \(date), but the incident is on \(stated)",
                        at: document.locate(found.expression.text, from: line.line.place)))
            }
        }
        return findings
    }

    /// The dates written in the timeline, in document order, with their text and place.
    static func writtenDates(in timeline: [TimedLine]) -> [(date: CivilDate, text: String, place: SourcePlace)] {
        timeline.flatMap { line in
            line.found.compactMap { found in
                guard found.expression.start.date != nil, let date = found.date else { return nil }
                return (date, found.expression.text, line.line.place)
            }
        }
    }
}
