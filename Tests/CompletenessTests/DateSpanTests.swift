import Foundation
import IncidentModel
import Testing

/// PM023 compares dates with the days the incident ran (the timeline's first to last date), not
/// with its first day: long timelines, background and follow-ups are not wrong dates.
@Suite struct DateSpanTests {
    static func document(summary: String, timeline: String, background: String = "") -> String {
        """
        # Queue lease renewals failed

        ## Summary

        \(summary)

        ## Impact

        Indexing stopped for all tenants; no edits were lost.

        ## Timeline

        All times UTC.

        \(timeline)

        ## Background

        \(background)
        """
    }

    func dateFindings(_ text: String) throws -> [Diagnostic] {
        try CheckSupport.findings(text).filter { $0.code == "PM023" }
    }

    @Test func aTimelineThatFollowsTheFixForWeeksIsNotAWrongDate() throws {
        let text = Self.document(
            summary: "Indexing stalled on 2024-01-10 for ten minutes.",
            timeline: """
                - 2024-01-10 19:32 Indexing stops.
                - 2024-01-10 19:38 The queue-age alert fires.
                - 2024-01-10 19:42 Workers restart and indexing resumes.
                - 2024-01-31 10:00 The lease fix is merged.
                - 2024-02-28 10:00 The release with the fix ships.
                """)
        #expect(try dateFindings(text).isEmpty)
    }

    @Test func backgroundAndFollowUpDatesElsewhereAreNotCompared() throws {
        let text = Self.document(
            summary: "Indexing stalled on 2024-01-10.",
            timeline: "- 2024-01-10 19:32 Indexing stops.\n- 2024-01-10 19:42 Indexing resumes.",
            background: "The lease library was adopted on 2021-11-25 and upgraded on 2023-06-02.")
        #expect(try dateFindings(text).isEmpty)
    }

    @Test func aSummaryDateOutsideTheIncidentsDaysIsFlagged() throws {
        let text = Self.document(
            summary: "Indexing stalled on 2023-01-10 for ten minutes.",
            timeline: "- 2024-01-10 19:32 Indexing stops.\n- 2024-01-11 08:00 Indexing resumes.")
        let findings = try dateFindings(text)
        #expect(findings.map(\.message) == ["\"2023-01-10\" is on 2023-01-10, but the incident is on 2024-01-10"])
        #expect(findings.first?.place.line == 5)
    }

    @Test func aTimelineWhollyOnOtherDaysThanTheStatedStartIsFlaggedOnce() throws {
        let text =
            "---\nimpact_start: 2024-03-04T09:15:00Z\n---\n\n"
            + Self.document(
                summary: "Indexing stalled for two hours.",
                timeline: "**Mar 14, 2024**\n\n- 09:15 Indexing stops.\n- 11:05 Indexing resumes.")
        let findings = try dateFindings(text)
        #expect(findings.map(\.message) == ["\"Mar 14, 2024\" is on 2024-03-14, but the incident is on 2024-03-04"])
    }
}
