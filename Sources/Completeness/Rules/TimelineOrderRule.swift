import Chronology
import Foundation
import IncidentModel

/// Timeline entries are in time order once every time is read to UTC.
public struct TimelineOrderRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM015", name: "timeline.order", defaultSeverity: .error,
        summary: "Timeline entries are in time order after every time is converted to UTC.",
        hint: "Move the entry to its place, or fix its time, date or zone; write the date on entries after midnight.",
        rationale: """
            An out-of-order entry is usually a typo in a time, a wrong zone or a missing date, and any \
            of those makes the durations computed from the timeline wrong.
            """,
        example: "- 23:50 UTC Deploy starts\n- Jan 11 00:10 UTC Error rate rises\n")

    /// One finding per entry earlier than the entry before it.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var previous: (instant: Date, text: String)?
        for entry in document.times.entries {
            guard let time = entry.clocked.first, let instant = time.start?.instant else { continue }
            if let previous, instant < previous.instant {
                findings.append(
                    finding(
                        "\"\(time.expression.text)\" (\(InstantText.iso(instant))) is earlier than the entry before it, "
                            + "\"\(previous.text)\" (\(InstantText.iso(previous.instant)))",
                        at: document.locate(time.expression.text, from: entry.line.place)))
            }
            previous = (instant, time.expression.text)
        }
        return findings
    }
}
