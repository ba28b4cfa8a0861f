import Chronology
import Foundation
import IncidentModel
import Testing
import Utilities

/// Zones written in lower case, region words alone, a dot between hour and minutes, a zone word
/// before the time, and the prose words that must not become zones.
@Suite struct ZoneGrammarTests {
    let reader = TimeExpressionReader()

    func read(_ text: String, on date: CivilDate?) -> [FoundTime] {
        reader.read(text, context: ReadingContext(place: Make.place, date: date))
    }

    func instants(_ found: [FoundTime]) -> [String] {
        found.flatMap { [$0.start, $0.end].compactMap { $0 }.map { Make.iso($0.instant) } }
    }

    @Test func lowercaseAbbreviationsAfterAClock() {
        let day = CivilDate(year: 2022, month: 10, day: 6)
        let range = read("From 2 am pdt to 5 am pdt the sync failed.", on: day)
        #expect(instants(range) == ["2022-10-06T09:00:00Z", "2022-10-06T12:00:00Z"])
        #expect(range.first?.start?.zone.label == "PDT")
        #expect(
            instants(read("It stopped at 4:10 pm est", on: CivilDate(year: 2022, month: 1, day: 6))) == [
                "2022-01-06T21:10:00Z"
            ])
        // A zone at the end of a sentence keeps its full stop.
        #expect(instants(read("Fixed at 3 pm pdt. The queue drained.", on: day)) == ["2022-10-06T22:00:00Z"])
    }

    @Test(arguments: [
        "at 10:00 est. we paused", "the 3 pm cat video", "at 10:00 met with the vendor", "at 9:30 art team",
        "at 7 am eat lunch", "um 10:00 ist es vorbei", "at 10:00 west coast", "at 10:00 wet roads",
        "at 10:00 sat down", "at 10:00 gst filing", "at 10:00 et al", "at 10:00 Central Station",
        "at 10:00 Pacific Northwest", "at 10:00 Eastern Europe", "at 10:00 pacific time",
    ])
    func proseIsNotAZone(text: String) {
        let found = read(text, on: CivilDate(year: 2024, month: 1, day: 2))
        #expect(found.count == 1)
        #expect(found.first?.expression.start.zoneLabel == nil, "\(text)")
        #expect(found.first?.start?.zone.basis == .assumed, "\(text)")
    }

    @Test(arguments: [
        ("between 1:10 PM and 2:45 PM Pacific might", "2023-07-12T20:10:00Z"),
        ("at 9:30 AM Eastern, the job", "2023-01-12T14:30:00Z"),
        ("at 9:30 AM Central.", "2023-01-12T15:30:00Z"),
        ("at 9:30 AM Mountain", "2023-01-12T16:30:00Z"),
        ("at 9:30 AM Pacific Standard Time", "2023-01-12T17:30:00Z"),
    ])
    func regionWordsAlone(text: String, expected: String) throws {
        let month = text.contains("1:10") ? 7 : 1
        let found = try #require(read(text, on: CivilDate(year: 2023, month: month, day: 12)).first)
        #expect(Make.iso(found.start?.instant) == expected, "\(text)")
        #expect(found.expression.start.zoneLabel != nil)
    }

    @Test func dotBetweenHourAndMinutesBeforeAMOrPM() {
        let day = CivilDate(year: 2022, month: 1, day: 20)
        #expect(
            instants(read("Between 2:10 AM and 2.48 AM PST hosts lost their routes.", on: day)) == [
                "2022-01-20T10:10:00Z", "2022-01-20T10:48:00Z",
            ])
        #expect(instants(read("Done at 4.05 p.m. UTC.", on: day)) == ["2022-01-20T16:05:00Z"])
        // Without AM/PM a dot is not a clock: versions and decimals stay what they are.
        #expect(reader.expressions(in: "upgraded to 3.54 and 2.10 hours later").isEmpty)
    }

    @Test func aZoneWordBeforeTheTime() {
        let found = read("日本時間 2022/03/15 06:20 から 2022/03/15 07:05 の間", on: CivilDate(year: 2022, month: 3, day: 15))
        #expect(instants(found) == ["2022-03-14T21:20:00Z", "2022-03-14T22:05:00Z"])
        #expect(found.first?.start?.zone.offsetSeconds == 32_400)
    }
}
