import Chronology
import Foundation
import IncidentModel

/// Times in the summary and impact sections match times in the timeline.
public struct ConsistentTimesRule: Rule {
    /// Creates the rule.
    public init() {}

    /// How far apart two times may be and still agree.
    static let tolerance: TimeInterval = 60

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM021", name: "consistency.times", defaultSeverity: .error,
        summary: "The impact window's start and end are times in the timeline, and no time in the Summary or "
            + "Impact falls outside the timeline.",
        hint: "Make the times agree: fix the typo or the zone, or add the moment to the timeline.",
        rationale: """
            When the impact section says 14:05 and the timeline says 14:02, readers cannot tell which is \
            right, and the numbers computed from either are suspect.
            """,
        example: "## Impact\n\nFrom 14:02 UTC to 15:48 UTC.\n\n## Timeline (all times UTC)\n\n- 14:02 Impact starts\n"
            + "- 15:48 Resolved\n")

    /// Findings for an impact start or end that is not a timeline time (within a minute), and for
    /// summary or impact times outside the timeline's span.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        let known = document.times.timelineInstants
        guard let first = known.min(), let last = known.max() else { return [] }
        let span = first.addingTimeInterval(-Self.tolerance)...last.addingTimeInterval(Self.tolerance)
        var findings: [Diagnostic] = []
        var flagged = Set<SourcePlace>()
        func flag(_ message: String, _ time: FoundTime, _ line: TimedLine) {
            let place = document.locate(time.expression.text, from: line.line.place)
            if flagged.insert(place).inserted { findings.append(finding(message, at: place)) }
        }
        let impact = (document.times.sections["impact"] ?? []).flatMap { line in
            line.clocked.flatMap { time in
                [time.start?.instant, time.end?.instant].compactMap { $0 }.map { (line, time, $0) }
            }
        }
        if let start = impact.min(by: { $0.2 < $1.2 }), let end = impact.max(by: { $0.2 < $1.2 }) {
            for (line, time, instant) in [start, end]
            where !known.contains(where: { abs($0.timeIntervalSince(instant)) <= Self.tolerance }) {
                flag(
                    "the impact window has \"\(time.expression.text)\" (\(InstantText.iso(instant))), "
                        + "which is not a time in the timeline", time, line)
            }
        }
        for key in DocumentTimes.checkedSections {
            let title = document.configuration.sections.first { $0.key == key }?.title ?? key
            for line in document.times.sections[key] ?? [] {
                for time in line.clocked {
                    for instant in [time.start?.instant, time.end?.instant].compactMap({ $0 })
                    where !span.contains(instant) {
                        flag(
                            "the \(title) section says \"\(time.expression.text)\" (\(InstantText.iso(instant))), "
                                + "outside the timeline (\(InstantText.iso(first)) to \(InstantText.iso(last)))", time,
                            line)
                    }
                }
            }
        }
        return findings
    }
}
