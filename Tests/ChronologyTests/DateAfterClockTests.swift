import Chronology
import Foundation
import IncidentModel
import Testing
import Utilities

/// A date written after its clock (`12:45 PM PST Saturday Oct 30th`, `14:05 UTC on 5 March 2024`),
/// the weekday that goes with it, and the ranges it closes; invented text.
@Suite struct DateAfterClockTests {
    let reader = TimeExpressionReader()
    let running = CivilDate(year: 2021, month: 11, day: 1)

    func read(_ text: String, date: CivilDate? = nil) -> [FoundTime] {
        reader.read(text, context: ReadingContext(place: Make.place, date: date ?? running, year: 2021))
    }

    func instants(_ text: String, date: CivilDate? = nil) -> [String] {
        read(text, date: date).flatMap { [$0.start, $0.end].compactMap { $0 }.map { Make.iso($0.instant) } }
    }

    @Test func aWeekdayAndDateAfterTheZoneAreThePointsDateNotTheRunningOne() {
        #expect(instants("12:45 PM UTC Saturday Oct 30th: the first wave begins") == ["2021-10-30T12:45:00Z"])
        #expect(instants("03:30 AM UTC Sunday, Oct 31st: the largest wave") == ["2021-10-31T03:30:00Z"])
        #expect(instants("09:10 UTC 29 October: queue drained") == ["2021-10-29T09:10:00Z"])
        #expect(instants("14:05 UTC on 5 March 2024: failover") == ["2024-03-05T14:05:00Z"])
        #expect(instants("10:00 UTC, March 6, 2024: back") == ["2024-03-06T10:00:00Z"])
    }

    @Test func aNumericDateOrAYearlessCommaDateAfterAClockIsNotTaken() {
        // Another column's date, or a list: the clock keeps the running date.
        #expect(instants("09:10 UTC 2021-10-29 was the deploy").first == "2021-11-01T09:10:00Z")
        #expect(instants("at 09:10 UTC, Oct 29 was quiet").first == "2021-11-01T09:10:00Z")
    }

    @Test func aDateFollowedByItsOwnClockStartsTheNextPoint() {
        #expect(
            instants("06 August 2021 01:56 - 03:23 06 August 2021 05:27 - 05:41") == [
                "2021-08-06T01:56:00Z", "2021-08-06T03:23:00Z", "2021-08-06T05:27:00Z", "2021-08-06T05:41:00Z",
            ])
    }

    @Test func aDateAfterARangesEndIsTheWholeRangesUnlessItPassesMidnight() {
        #expect(
            instants("from 1:00 am to 1:30 am UTC on Wednesday, February 10, 2021") == [
                "2021-02-10T01:00:00Z", "2021-02-10T01:30:00Z",
            ])
        #expect(
            instants("Between 4:40 UTC and 18:47 UTC on April 18th") == [
                "2021-04-18T04:40:00Z", "2021-04-18T18:47:00Z",
            ])
        // A date written before the end's clock is the end's own: the start keeps the sentence's date.
        #expect(
            instants("On November 26th, 2021, between about 02:24 UTC and December 8th, 2021 at 20:26 UTC") == [
                "2021-11-26T02:24:00Z", "2021-12-08T20:26:00Z",
            ])
    }

    @Test func aHedgeAfterTheOpenerKeepsTheRange() throws {
        let found = try #require(read("between approximately 21:41 UTC July 28th and 03:15 UTC July 29th").first)
        #expect(Make.iso(found.start?.instant) == "2021-07-28T21:41:00Z")
        #expect(Make.iso(found.end?.instant) == "2021-07-29T03:15:00Z")
    }

    @Test func aWeekdayTheDateDoesNotFallOnIsWarnedWithTheOtherReading() throws {
        let found = try #require(read("By 12:45 UTC on Saturday, September 14, 2025 the backlog was gone").first)
        #expect(Make.iso(found.start?.instant) == "2025-09-14T12:45:00Z", "the date as written wins")
        let warning = try #require(found.start?.diagnostics.first { $0.code == "date.weekday-mismatch" })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("2025-09-14 is a Sunday, but the text says Saturday"))
        #expect(warning.readings.contains("the nearest Saturday: 2025-09-13"))
        let agreeing = try #require(read("By 12:45 UTC on Saturday, September 13, 2025").first)
        #expect(agreeing.start?.diagnostics.contains { $0.code == "date.weekday-mismatch" } == false)
        let before = try #require(read("Saturday, September 14, 2025 12:45 UTC").first)
        #expect(before.start?.diagnostics.contains { $0.code == "date.weekday-mismatch" } == true)
    }

    @Test func aPMOnATwentyFourHourClockIsRedundantButAContradictionIsNoTime() {
        #expect(instants("13:55 PM UTC: alarms fire") == ["2021-11-01T13:55:00Z"])
        #expect(read("13:55 PM UTC").first?.start?.rule.steps.contains(.clock(twelveHour: false)) == true)
        #expect(instants("00:30 AM UTC: quiet") == ["2021-11-01T00:30:00Z"])
        #expect(instants("13:55 AM UTC: nonsense").isEmpty)
    }

    @Test func aYearEndingALabelIsAYear() {
        #expect(instants("10:00 UTC on 5 March 2024: the fix ships") == ["2024-03-05T10:00:00Z"])
    }
}
