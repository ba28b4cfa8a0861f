import Chronology
import IncidentModel

/// Dates written in the summary, impact and timeline agree with the incident's date.
public struct ConsistentDateRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM023", name: "consistency.date", defaultSeverity: .error,
        summary:
            "The incident has a date, and dates in the Summary, Impact and Timeline fall on it (or the day before or after).",
        hint: "Fix the date, or the front-matter impact_start it is compared with; without any date, add `date:` "
            + "to the front matter.",
        rationale: """
            A wrong date is the most common copy-paste error in postmortems built from an older one, and it \
            moves the incident to another month in every report.
            """,
        example:
            "---\nimpact_start: 2025-01-21T14:02:00Z\n---\n\n## Timeline\n\n**Jan 21, 2025**\n\n- 14:02 UTC Impact starts\n"
    )

    /// One finding per written date more than a day from the incident's dates, or one when the
    /// timeline has times of day and the document no date at all.
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
        var last = incidentDate
        for instant in times.timelineInstants {
            let date = LocalDateTime(instant: instant, offsetSeconds: 0).date
            if date > last, date.daysSinceEpoch - incidentDate.daysSinceEpoch <= 7 { last = date }
        }
        let allowed = (incidentDate.daysSinceEpoch - 1)...(last.daysSinceEpoch + 1)
        var findings: [Diagnostic] = []
        let lines = times.timeline + DocumentTimes.checkedSections.flatMap { times.sections[$0] ?? [] }
        for line in lines.sorted(by: { $0.line.place < $1.line.place }) {
            for found in line.found where found.expression.start.date != nil {
                guard let date = found.date, !allowed.contains(date.daysSinceEpoch) else { continue }
                findings.append(
                    finding(
                        "\"\(found.expression.text)\" is on \(date), but the incident is on \(incidentDate)",
                        at: document.locate(found.expression.text, from: line.line.place)))
            }
        }
        return findings
    }
}
