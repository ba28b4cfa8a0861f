import Chronology
import Foundation
import IncidentModel
import Testing

/// T7 (the feed date is the newest update), T8 (backdated and retroactive updates) and T10
/// (missing years, midnight and DST crossings), from invented stamps.
@Suite struct YearTrapTests {
    @Test func feedStampsWalkBackAcrossNewYear() {
        // The feed's published date is the newest update; older lines are earlier, across Dec 31.
        let published = Make.instant("2025-01-02T09:00:14Z")
        let updates = [
            Make.update(.investigating, "Dec 31, 23:10 UTC", anchor: published, newest: true),
            Make.update(.monitoring, "Jan  1, 01:00 UTC", anchor: published, newest: true),
            Make.update(.resolved, "Jan 2, 09:00 UTC", anchor: published, newest: true),
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        #expect(
            result.updates.map { Make.iso($0.resolved?.instant) } == [
                "2024-12-31T23:10:00Z", "2025-01-01T01:00:00Z", "2025-01-02T09:00:00Z",
            ])
        #expect(result.diagnostics.contains { $0.code == "year.inferred" })
        #expect(Make.iso(result.firstUpdate) == "2024-12-31T23:10:00Z")
    }

    @Test func awsStampsTakeTheirDateFromTheFirstPost() {
        // The event's date field is the first post; later lines add "Aug 7," only after midnight.
        let first = Make.instant("2021-08-07T03:18:00Z")
        let updates = [
            Make.update(.investigating, " 8:18 PM PDT", anchor: first),
            Make.update(.identified, "10:41 PM PDT", anchor: first),
            Make.update(.resolved, "Aug 7, 12:27 AM PDT", anchor: first),
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        #expect(
            result.updates.map { Make.iso($0.resolved?.instant) } == [
                "2021-08-07T03:18:00Z", "2021-08-07T05:41:00Z", "2021-08-07T07:27:00Z",
            ])
        #expect(result.updates[0].resolved?.rule.steps.contains(.date(.fromReference)) == true)
    }

    @Test func yearFromTheSurroundingDocument() {
        let resolved = Reconciler().resolve(Make.written("Aug 10, 00:17 - 01:30 UTC", year: 2022))
        #expect(Make.iso(resolved?.instant) == "2022-08-10T00:17:00Z")
    }

    @Test func offsetsChangeWithDSTInsideOneFeed() {
        let before = Reconciler().resolve(Make.written("2019-11-01T18:00:00-07:00"))
        let after = Reconciler().resolve(Make.written("2019-11-04T06:42:42-08:00"))
        #expect(Make.iso(before?.instant) == "2019-11-02T01:00:00Z")
        #expect(Make.iso(after?.instant) == "2019-11-04T14:42:42Z")
        #expect(before?.zone.basis == .numeric)
    }

    @Test func dstGapAndOverlapFollowTheDocumentedRule() throws {
        let gap = try #require(Reconciler().resolve(Make.written("2025-03-09 02:30 America/New_York")))
        #expect(Make.iso(gap.instant) == "2025-03-09T07:30:00Z")
        #expect(gap.diagnostics.contains { $0.code == "zone.dst-gap" })
        let overlap = try #require(Reconciler().resolve(Make.written("Nov 2, 2025 01:30 ET")))
        #expect(Make.iso(overlap.instant) == "2025-11-02T05:30:00Z")
        let note = try #require(overlap.diagnostics.first { $0.code == "zone.dst-overlap" })
        #expect(note.readings == ["second occurrence → 2025-11-02T06:30:00Z"])
    }

    @Test func exactFieldWinsAndTheTextIsCrossChecked() throws {
        // T8: an imported update whose machine time and displayed time disagree by weeks.
        let exact = Make.instant("2018-12-05T11:45:52Z")
        let resolved = try #require(Reconciler().resolve(Make.written("Oct 21, 2018 - 23:09 UTC", exact: exact)))
        #expect(resolved.instant == exact)
        #expect(resolved.zone.basis == .exact)
        #expect(resolved.rule == TimeRule([.exact(field: "data-datetime-unix")]))
        let note = try #require(resolved.diagnostics.first { $0.code == "time.exact-mismatch" })
        #expect(note.readings.first?.hasPrefix("text → 2018-10-21T23:09:00Z") == true)
        let agreeing = Reconciler().resolve(
            Make.written("Dec 21, 2019 - 12:31 UTC", exact: Make.instant("2019-12-21T12:31:48Z")))
        #expect(agreeing?.diagnostics.isEmpty == true)
    }

    @Test func unreadableStampIsADiagnosticNotACrash() {
        let result = Reconciler().reconcile(Make.incident(updates: [Make.update(.resolved, "sometime yesterday")]))
        #expect(result.updates[0].resolved == nil)
        #expect(result.diagnostics.contains { $0.code == "time.unreadable" })
    }
}
