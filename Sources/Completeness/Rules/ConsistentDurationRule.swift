import Foundation
import IncidentModel

/// Durations stated in the summary and impact match the timeline.
public struct ConsistentDurationRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM022", name: "consistency.duration", defaultSeverity: .error,
        summary: "A duration stated in the Summary or Impact (\"for 1 hour 46 minutes\") matches the timeline.",
        hint: "Recompute the duration from the impact window or the timeline, or fix the times it comes from.",
        rationale: """
            The stated duration is the number people quote. If it disagrees with the timeline, one of them \
            is wrong. Exact durations may be off by 5 minutes or 5%, hedged ones (\"about\") by 15 minutes or 25%.
            """,
        example: "## Summary\n\nCard authorizations were slow for 1 hour 46 minutes (14:02 to 15:48 UTC).\n")

    /// One finding per stated duration that matches no span of the document.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        let spans = Self.spans(document)
        guard !spans.isEmpty else { return [] }
        var findings: [Diagnostic] = []
        for key in DocumentTimes.checkedSections {
            for line in document.lines(in: key) {
                for stated in StatedDurationReader.durations(in: line.text) {
                    let slack = stated.approximate ? max(900, stated.seconds * 0.25) : max(300, stated.seconds * 0.05)
                    guard !spans.contains(where: { abs($0 - stated.seconds) <= slack }) else { continue }
                    let closest = spans.min { abs($0 - stated.seconds) < abs($1 - stated.seconds) } ?? 0
                    findings.append(
                        finding(
                            "\"\(stated.text)\" does not match the timeline, which spans \(Self.text(closest))",
                            at: document.locate(stated.text, from: line.place)))
                }
            }
        }
        return findings
    }

    /// The lengths the document supports: the impact window, each range written in the summary or
    /// impact, the front-matter markers and the timeline.
    static func spans(_ document: CheckedDocument) -> [TimeInterval] {
        var spans: [TimeInterval] = []
        let times = document.times
        let impact = (times.sections["impact"] ?? []).flatMap { line in
            line.clocked.flatMap { [$0.start?.instant, $0.end?.instant].compactMap { $0 } }
        }
        if let first = impact.min(), let last = impact.max(), last > first {
            spans.append(last.timeIntervalSince(first))
        }
        // Each window written as a range (`09:15 UTC to 11:05 UTC`), when the section also gives
        // later times (`the backlog was indexed by 11:40 UTC`).
        for line in (times.sections["impact"] ?? []) + (times.sections["summary"] ?? []) {
            for found in line.clocked {
                if let start = found.start?.instant, let end = found.end?.instant, end > start {
                    spans.append(end.timeIntervalSince(start))
                }
            }
        }
        if let start = times.markers["impact_start"]?.instant {
            for key in ["impact_end", "resolved", "mitigated"] {
                if let end = times.markers[key]?.instant, end > start { spans.append(end.timeIntervalSince(start)) }
            }
        }
        let timeline = times.entries.flatMap { line in
            line.clocked.flatMap { [$0.start?.instant, $0.end?.instant].compactMap { $0 } }
        }
        if let first = timeline.min(), let last = timeline.max(), last > first {
            spans.append(last.timeIntervalSince(first))
        }
        return spans
    }

    /// `3 h 40 min`.
    static func text(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded())
        return minutes >= 60 ? "\(minutes / 60) h \(minutes % 60) min" : "\(minutes) min"
    }
}
