import Chronology
import Foundation
import IncidentModel
import TestSupport
import Testing

/// The motivating incident: status updates in UTC, a postmortem timeline in EST under a date line.
@Suite struct SeedIncidentTests {
    /// Invented text with the seed's times: updates in UTC, postmortem lines in EST.
    static func incident() -> Incident {
        let updates = [
            Make.update(.investigating, "Jan 10, 2025, 04:37 PM UTC", body: "We are looking into delays."),
            Make.update(.identified, "Jan 10, 2025, 05:04 PM UTC", body: "Cause found."),
            Make.update(.identified, "Jan 10, 2025, 05:32 PM UTC", body: "Still working."),
            Make.update(.investigating, "Jan 10, 2025, 05:37 PM UTC", body: "Looking again."),
            Make.update(.monitoring, "Jan 10, 2025, 06:13 PM UTC", body: "Fix deployed."),
            Make.update(.resolved, "Jan 10, 2025, 06:30 PM UTC", body: "All clear."),
        ]
        let postmortem = Make.postmortem(
            posted: "Feb 05, 2025, 04:10 PM UTC",
            lines: [
                "Jan 10, 2025", "9:48 AM EST - traffic doubled", "10:16 AM EST - errors rose; alert fired",
                "10:17 AM EST - team starts looking", "10:52 AM - 12:55 PM EST - services scaled by hand",
                "1:01 PM EST - error rates fall", "1:28 PM EST - declared resolved",
            ])
        return Make.incident(updates: updates, postmortem: postmortem, pageZone: "UTC")
    }

    @Test func postmortemLinesResolveInEST() throws {
        let result = Reconciler().reconcile(Self.incident())
        let lines = result.timeline.filter { $0.source == .postmortem }
        #expect(
            lines.map { Make.iso($0.time.instant) } == [
                "2025-01-10T14:48:00Z", "2025-01-10T15:16:00Z", "2025-01-10T15:17:00Z", "2025-01-10T15:52:00Z",
                "2025-01-10T18:01:00Z", "2025-01-10T18:28:00Z",
            ])
        let range = try #require(lines.first { $0.end != nil })
        #expect(Make.iso(range.end?.instant) == "2025-01-10T17:55:00Z")
        #expect(range.time.zone.label == "EST")
        #expect(range.time.zone.offsetSeconds == -18_000)
        #expect(range.time.zone.basis == .literal)
        #expect(range.time.written.text == "10:52 AM - 12:55 PM EST")
        #expect(range.time.rule.has(.rangeShared))
        #expect(range.time.diagnostics.isEmpty)
    }

    @Test func statusUpdatesStayUTC() {
        let result = Reconciler().reconcile(Self.incident())
        #expect(
            result.updates.map { Make.iso($0.resolved?.instant) } == [
                "2025-01-10T16:37:00Z", "2025-01-10T17:04:00Z", "2025-01-10T17:32:00Z", "2025-01-10T17:37:00Z",
                "2025-01-10T18:13:00Z", "2025-01-10T18:30:00Z",
            ])
        #expect(result.updates.allSatisfy { $0.resolved?.zone.label == "UTC" && $0.resolved?.zone.offsetSeconds == 0 })
        #expect(Make.iso(result.postmortem?.postedResolved?.instant) == "2025-02-05T16:10:00Z")
        let instants = result.timeline.map(\.time.instant)
        #expect(instants == instants.sorted())
        #expect(result.timeline.count == 12)
    }
}
