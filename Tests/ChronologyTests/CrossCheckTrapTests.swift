import Chronology
import Foundation
import IncidentModel
import Testing

/// T2 (statuses that go backwards), T5 (a window after the update that reports it), T6 (dates
/// that disagree with the incident) and postmortem lines that contradict the status updates.
@Suite struct CrossCheckTrapTests {
    @Test func statusesGoingBackwardsAreReported() throws {
        let updates = [
            Make.update(.investigating, "Jan 3, 2025, 10:00 UTC", line: 1),
            Make.update(.identified, "Jan 3, 2025, 10:20 UTC", line: 2),
            Make.update(.investigating, "Jan 3, 2025, 10:40 UTC", line: 3),
            Make.update(.monitoring, "Jan 3, 2025, 11:00 UTC", line: 4),
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        let notes = result.diagnostics.filter { $0.code == "status.backwards" }
        #expect(notes.count == 1)
        #expect(notes.first?.place.line == 3)
        #expect(notes.first?.message.contains("identified") == true)
    }

    @Test func windowAfterThePostingTimeIsReported() throws {
        let incident = Make.incident(
            updates: [
                Make.update(.identified, "Jan 21, 2021 - 14:00 EST", body: "Data was delayed from 2:18pm to 2:28pm.")
            ],
            pageZone: "EST")
        let result = Reconciler().reconcile(incident)
        let note = try #require(result.diagnostics.first { $0.code == "body.after-posting" })
        #expect(
            note.readings == [
                "body → 2021-01-21T19:18:00Z (range:start clock:12h date:from-reference zone:page)",
                "posted → 2021-01-21T19:00:00Z",
            ])
        let promise = Make.incident(updates: [
            Make.update(.identified, "Jan 21, 2021 - 14:00 UTC", body: "Next update by 15:00 UTC.")
        ])
        #expect(!Reconciler().reconcile(promise).diagnostics.contains { $0.code == "body.after-posting" })
    }

    @Test func postmortemWithTheWrongYear() throws {
        let postmortem = Make.postmortem(lines: ["On January 22, 2024 the queue stalled at 14:05 UTC."])
        let incident = Make.incident(
            updates: [
                Make.update(.investigating, "Jan 22, 2026, 02:10 PM UTC"),
                Make.update(.resolved, "Jan 22, 2026, 03:00 PM UTC"),
            ], postmortem: postmortem)
        let result = Reconciler().reconcile(incident)
        let note = try #require(result.diagnostics.first { $0.code == "date.disagrees-with-incident" })
        #expect(note.readings.contains("same month and day as the incident, in 2026: a wrong year?"))
        #expect(note.place.file == "pm.md")
    }

    @Test func shortDateFromAnotherSeason() throws {
        let incident = Make.incident(updates: [
            Make.update(.investigating, "May 20, 2024 - 09:00 EDT", body: "Started 2/24/24 2:29 PM EDT."),
            Make.update(.resolved, "May 20, 2024 - 11:00 EDT"),
        ])
        let result = Reconciler().reconcile(incident)
        let body = try #require(result.timeline.first { $0.source == .updateBody })
        #expect(Make.iso(body.time.instant) == "2024-02-24T19:29:00Z")
        #expect(body.time.diagnostics.contains { $0.code == "zone.season-mismatch" })
        #expect(result.diagnostics.contains { $0.code == "date.disagrees-with-incident" })
    }

    @Test func postmortemResolutionLaterThanThePage() throws {
        let postmortem = Make.postmortem(
            posted: "Mar 9, 2025, 10:00 UTC",
            lines: [
                "Mar 2, 2025", "08:00 UTC - alerts", "13:30 UTC - incident resolved", "Mar 10, 2025 09:00 UTC - review",
            ])
        let incident = Make.incident(
            updates: [
                Make.update(.investigating, "Mar 2, 2025, 08:10 UTC"), Make.update(.resolved, "Mar 2, 2025, 09:00 UTC"),
            ], postmortem: postmortem)
        let result = Reconciler().reconcile(incident)
        #expect(result.diagnostics.contains { $0.code == "postmortem.contradicts-updates" })
        #expect(result.diagnostics.contains { $0.code == "postmortem.after-posting" })
    }
}
