import Chronology
import Foundation
import IncidentModel
import Testing
import Utilities

/// T4 (one zone for both ends of a range), T5 (zone-less body times), T9 (prose before the first
/// post) and T12 (padding and spacing), read from invented text.
@Suite struct TextTrapTests {
    let reader = TimeExpressionReader()

    func read(_ text: String, pageZone: String? = nil, reference: String? = nil, date: CivilDate? = nil) -> [FoundTime]
    {
        reader.read(
            text,
            context: ReadingContext(
                place: Make.place, pageZone: pageZone, date: date, reference: reference.map(Make.instant)))
    }

    func instants(_ found: [FoundTime]) -> [String] {
        found.flatMap { [$0.start, $0.end].compactMap { $0 }.map { Make.iso($0.instant) } }
    }

    @Test func rangesShareOneZone() {
        let day = CivilDate(year: 2026, month: 8, day: 10)
        #expect(instants(read("Aug 10, 2026, 00:17 - 01:30 UTC")) == ["2026-08-10T00:17:00Z", "2026-08-10T01:30:00Z"])
        #expect(
            instants(read("fault between 17:16 and 18:21 UTC today", date: day)) == [
                "2026-08-10T17:16:00Z", "2026-08-10T18:21:00Z",
            ])
        #expect(
            instants(read("errors from 13:28–21:15 UTC", date: day)) == [
                "2026-08-10T13:28:00Z", "2026-08-10T21:15:00Z",
            ])
        #expect(
            instants(
                read("Between August 6 5:50 PM PDT and 11:27 PM PDT, calls failed.", reference: "2021-08-07T03:18:00Z"))
                == [
                    "2021-08-07T00:50:00Z", "2021-08-07T06:27:00Z",
                ])
        let shared = read("10:52 AM - 12:55 PM EST", date: CivilDate(year: 2025, month: 1, day: 10))
        #expect(shared.count == 1)
        #expect(shared[0].expression.start.zoneShared)
        #expect(shared[0].start?.rule.has(.rangeShared) == true)
    }

    @Test func rangeWithoutZoneTakesThePageZoneAndOvernightRangesEndNextDay() throws {
        let day = CivilDate(year: 2024, month: 7, day: 27)
        let found = read("checks between 10:20am - 11:40am", pageZone: "America/New_York", date: day)
        #expect(instants(found) == ["2024-07-27T14:20:00Z", "2024-07-27T15:40:00Z"])
        #expect(found[0].start?.zone.basis == .page)
        #expect(found[0].start?.diagnostics.contains { $0.code == "zone.assumed" } == true)
        let overnight = try #require(read("window 23:40 - 00:15 UTC", date: day).first)
        #expect(Make.iso(overnight.end?.instant) == "2024-07-28T00:15:00Z")
        #expect(overnight.end?.diagnostics.contains { $0.code == "range.overnight" } == true)
        let meridiem = try #require(read("from 11:30 - 1:15 PM UTC", date: day).first)
        #expect(instants([meridiem]) == ["2024-07-27T11:30:00Z", "2024-07-27T13:15:00Z"])
    }

    @Test func zonelessBodyTimesTakeTheDeclaredZone() throws {
        let incident = Make.incident(
            updates: [
                Make.update(
                    .investigating, "Mar 3, 2022 - 10:05 UTC",
                    body: "Timeline (all times are US/Pacific): errors began at 01:30 and paused at 01:50.")
            ], pageZone: "UTC")
        let result = Reconciler().reconcile(incident)
        let body = result.timeline.filter { $0.source == .updateBody }
        #expect(body.map { Make.iso($0.time.instant) } == ["2022-03-03T09:30:00Z", "2022-03-03T09:50:00Z"])
        #expect(body.allSatisfy { $0.time.zone.basis == .declared && $0.time.zone.label == "US/Pacific" })
    }

    @Test func proseBeforeTheFirstPostComesFirst() {
        // T9: the first post is at 13:40; the write-up says the impact began at 13:28.
        let incident = Make.incident(updates: [
            Make.update(.investigating, "Aug 17, 2026 - 13:40 UTC", body: "Looking."),
            Make.update(.resolved, "Aug 17, 2026 - 21:20 UTC", body: "Impact lasted from 13:28–21:15 UTC."),
        ])
        let result = Reconciler().reconcile(incident)
        #expect(Make.iso(result.timeline.first?.time.instant) == "2026-08-17T13:28:00Z")
        #expect(result.timeline.first?.source == .updateBody)
        #expect(Make.iso(result.timeline.first?.end?.instant) == "2026-08-17T21:15:00Z")
    }

    @Test func paddingAndSpacingDoNotMatter() throws {
        let reconciler = Reconciler()
        let cases: [(String, Int?, String)] = [
            ("Jan  1, 09:09 PST", 2014, "2014-01-01T17:09:00Z"),
            ("Aug 17 , 2026 - 21:15 UTC", nil, "2026-08-17T21:15:00Z"),
            ("Feb  8, 09:00 UTC", 2024, "2024-02-08T09:00:00Z"),
            ("Nov 23,  1:59 AM PST", 2021, "2021-11-23T09:59:00Z"),
            ("  Jan 10,   2025,  04:37  PM   UTC ", nil, "2025-01-10T16:37:00Z"),
            ("Dec\u{00A0}21, 2019 - 12:31 UTC", nil, "2019-12-21T12:31:00Z"),
        ]
        for (text, year, expected) in cases {
            let resolved = try #require(reconciler.resolve(Make.written(text, year: year)), "\(text)")
            #expect(Make.iso(resolved.instant) == expected, "\(text)")
        }
        let aws = try #require(
            reconciler.resolve(Make.written(" 8:18 PM PDT", anchor: Make.instant("2021-08-07T03:18:00Z"))))
        #expect(Make.iso(aws.instant) == "2021-08-07T03:18:00Z")
    }

    @Test func notationsAcrossSources() throws {
        let reconciler = Reconciler()
        let cases: [(String, String)] = [
            ("2025-01-10T16:37:00Z", "2025-01-10T16:37:00Z"),
            ("2019-11-01T18:00:00-07:00", "2019-11-02T01:00:00Z"),
            ("2019-09-23T16:12:01.654Z", "2019-09-23T16:12:01Z"),
            ("Fri, 10 Jan 2025 18:30:00 +0000", "2025-01-10T18:30:00Z"),
            ("Wed, 15 Dec 2021 12:16:32 PST", "2021-12-15T20:16:32Z"),
            ("Mon, 12 Nov 2018 16:25:40 Z", "2018-11-12T16:25:40Z"),
            ("Friday, 2022-07-01 07:50 US/Pacific", "2022-07-01T14:50:00Z"),
            ("May 13, 2017, 06:50 UTC", "2017-05-13T06:50:00Z"),
            ("10 Jan 2025 16:37 GMT", "2025-01-10T16:37:00Z"),
            ("January 10th, 2025 at 9:48 a.m. ET", "2025-01-10T14:48:00Z"),
            ("1576931508000", "2019-12-21T12:31:48Z"),
        ]
        for (text, expected) in cases {
            let resolved = try #require(reconciler.resolve(Make.written(text)), "\(text)")
            #expect(Make.iso(resolved.instant) == expected, "\(text)")
        }
    }

    @Test func wordsThatAreNotTimes() {
        let text = "2 large teams, 1h 52m, ratio 3:1, v2.10, prod1, ~2.5 hours, may cause delays, 1/2 of hosts"
        #expect(reader.expressions(in: text).isEmpty)
    }
}
