import Chronology
import Foundation
import IncidentModel
import Testing
import Utilities

/// Written dates that name no usable day (`2025-02-31`, `Apr 31`, month 13, day 0, year 0000):
/// a warning with the text as written, and no date borrowed from a neighbour.
@Suite struct ImpossibleDateTests {
    @Test(arguments: [
        ("2025-02-31 14:00 UTC", "2025-02-31", "February 2025 has no day 31"),
        ("Apr 31, 2025 14:00 UTC", "Apr 31, 2025", "April 2025 has no day 31"),
        ("2025-13-01 14:00 UTC", "2025-13-01", "there is no month 13"),
        ("2025-02-00 14:00 UTC", "2025-02-00", "February 2025 has no day 0"),
        ("Feb 30, 14:00 UTC", "Feb 30", "February has no day 30"),
        ("2/30/2025 14:00 UTC", "2/30/2025", "February 2025 has no day 30"),
    ])
    func impossibleStampIsWarnedAndNotResolved(stamp: String, written: String, reason: String) throws {
        let published = Make.instant("2025-03-01T09:00:00Z")
        let updates = [
            Make.update(.investigating, stamp, line: 4, anchor: published, newest: true),
            Make.update(.resolved, "Mar 1, 09:00 UTC", line: 9, anchor: published, newest: true),
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        #expect(result.updates[0].resolved == nil)
        #expect(Make.iso(result.updates[1].resolved?.instant) == "2025-03-01T09:00:00Z")
        let warning = try #require(result.diagnostics.first { $0.code == "date.invalid" })
        #expect(warning.severity == .warning)
        #expect(warning.place.line == 4)
        #expect(warning.message.contains("\"\(written)\""))
        #expect(warning.message.contains(reason))
        let borrowed = result.diagnostics.filter { $0.code == "date.inferred" || $0.code == "year.inferred" }
        #expect(!borrowed.contains { $0.place.line == 4 })
        #expect(!result.diagnostics.contains { $0.code == "time.unreadable" })
    }

    @Test func possibleDatesStillRead() {
        let updates = [
            Make.update(.investigating, "2024-02-29 14:00 UTC"),
            Make.update(.resolved, "Apr 30, 2025 14:00 UTC"),
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        #expect(
            result.updates.map { Make.iso($0.resolved?.instant) } == ["2024-02-29T14:00:00Z", "2025-04-30T14:00:00Z"])
        #expect(!result.diagnostics.contains { $0.code.hasPrefix("date.") && $0.severity == .warning })
    }

    @Test func impossibleDateInABodyIsWarned() {
        let updates = [
            Make.update(.investigating, "2025-03-01 09:00 UTC", body: "Started on 2025-02-30 at 08:00 UTC.", line: 2)
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        #expect(result.diagnostics.contains { $0.code == "date.invalid" && $0.message.contains("\"2025-02-30\"") })
    }

    @Test func yearZeroIsOutOfRangeNotFormattedTwoWays() throws {
        // Foundation prints 0000-01-01 proleptic as 0000-01-03 (Julian), so such years are refused.
        let updates = [
            Make.update(.investigating, "0000-01-01 00:00 UTC", line: 3),
            Make.update(.identified, "1582-10-04 12:00 UTC", line: 5),
            Make.update(.resolved, "0000-01-02T00:00:00Z", line: 7),
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        #expect(result.updates.allSatisfy { $0.resolved == nil })
        let refused = result.diagnostics.filter { $0.code == "date.out-of-range" }
        #expect(refused.map(\.place.line) == [3, 5, 7])
        #expect(refused.first?.message.contains("\"0000-01-01\"") == true)
        #expect(refused.first?.message.contains("the year 0 is outside 1583–9999") == true)
    }

    @Test func yearRangeEndsAgreeWithFoundation() throws {
        // At both ends of the accepted range our formatter and Foundation's print the same day.
        for (year, month, day) in [(1583, 1, 1), (9999, 12, 31)] {
            let date = try #require(CivilDate(year: year, month: month, day: day))
            let instant = LocalDateTime(date: date, clock: WallClock(hour: 0, minute: 0)!).instant(offsetSeconds: 0)
            #expect(InstantText.iso(instant) == instant.ISO8601Format())
            #expect(WrittenDate.rejection(year: year, month: month, day: day, text: "") == nil)
        }
        #expect(WrittenDate.rejection(year: 1582, month: 12, day: 31, text: "x")?.code == .dateOutOfRange)
        #expect(WrittenDate.rejection(year: 1582, month: 2, day: 29, text: "x")?.code == .dateInvalid)
    }
}
