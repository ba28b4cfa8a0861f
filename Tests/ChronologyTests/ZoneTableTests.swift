import Chronology
import Foundation
import IncidentModel
import Testing
import Utilities

/// T11: abbreviations with fixed offsets, region words, tz identifiers, numeric offsets, and
/// ambiguous labels resolved by the page zone or an option.
@Suite struct ZoneTableTests {
    let table = ZoneTable.standard

    @Test(arguments: [
        ("EST", -300), ("EDT", -240), ("CDT", -300), ("MST", -420), ("MDT", -360), ("PST", -480), ("PDT", -420),
        ("AKST", -540), ("AKDT", -480), ("HST", -600), ("UTC", 0), ("GMT", 0), ("Z", 0), ("WET", 0), ("WEST", 60),
        ("CET", 60), ("CEST", 120), ("EET", 120), ("EEST", 180), ("MSK", 180), ("SGT", 480), ("HKT", 480),
        ("JST", 540), ("KST", 540), ("AEST", 600), ("AEDT", 660), ("ACST", 570), ("AWST", 480), ("NZST", 720),
        ("NZDT", 780), ("+05:30", 330), ("-0500", -300), ("+0000", 0), ("GMT+08:00", 480), ("UTC-5", -300),
        ("UTC+5:30", 330),
    ])
    func fixedOffsets(label: String, minutes: Int) throws {
        let entry = try #require(table.lookup(label))
        #expect(entry.offsetSeconds == minutes * 60)
    }

    @Test func abbreviationsKnowTheirRegion() {
        #expect(table.lookup("EST")?.identifier == "America/New_York")
        #expect(table.lookup("EDT")?.isDaylight == true)
        #expect(table.lookup("PDT")?.identifier == "America/Los_Angeles")
        #expect(table.lookup("NZDT")?.identifier == "Pacific/Auckland")
    }

    @Test func regionWordsAndIdentifiers() {
        for (label, identifier) in [
            ("ET", "America/New_York"), ("PT", "America/Los_Angeles"), ("CT", "America/Chicago"),
            ("MT", "America/Denver"), ("Eastern", "America/New_York"), ("Pacific Time", "America/Los_Angeles"),
            ("America/New_York", "America/New_York"),
        ] {
            #expect(table.lookup(label)?.kind == .region, "\(label)")
            #expect(table.lookup(label)?.identifier == identifier, "\(label)")
        }
        #expect(table.lookup("US/Pacific")?.kind == .region)
        #expect(table.lookup("Etc/UTC")?.offsetSeconds == 0)
        #expect(table.lookup("Narnia/Capital") == nil)
        #expect(table.lookup("XYZ") == nil)
    }

    @Test func regionWordsFollowDST() {
        let reconciler = Reconciler()
        #expect(
            Make.iso(reconciler.resolve(Make.written("Jan 10, 2025 9:48 AM ET"))?.instant) == "2025-01-10T14:48:00Z")
        #expect(
            Make.iso(reconciler.resolve(Make.written("Jul 10, 2025 9:48 AM ET"))?.instant) == "2025-07-10T13:48:00Z")
        #expect(
            Make.iso(reconciler.resolve(Make.written("Jul 10, 2025 09:48 US/Pacific"))?.instant)
                == "2025-07-10T16:48:00Z")
    }

    @Test func nonStandardLabelsFromRealPages() {
        let reconciler = Reconciler()
        let cases: [(String, String)] = [
            ("Jan 21, 2021 - 14:00 GMT+08:00", "2021-01-21T06:00:00Z"),
            ("Jan 21, 2021 - 14:00 NZDT", "2021-01-21T01:00:00Z"),
            ("Jan 21, 2021 - 14:00 AEDT", "2021-01-21T03:00:00Z"),
            ("Jan 21, 2021 - 14:00 KST", "2021-01-21T05:00:00Z"),
            ("Jan 21, 2021 - 14:00 JST", "2021-01-21T05:00:00Z"),
            ("Jan 21, 2021 - 14:00 CET", "2021-01-21T13:00:00Z"),
            ("Jan 21, 2021 - 14:00 (UTC)", "2021-01-21T14:00:00Z"),
        ]
        for (text, expected) in cases {
            #expect(Make.iso(reconciler.resolve(Make.written(text))?.instant) == expected, "\(text)")
        }
    }

    @Test func ambiguousAbbreviations() throws {
        let india = try #require(Reconciler().resolve(Make.written("Mar 1, 2024 10:00 IST")))
        #expect(Make.iso(india.instant) == "2024-03-01T04:30:00Z")
        #expect(india.diagnostics.contains { $0.code == "zone.ambiguous" })
        let irish = Reconciler(options: ReconcileOptions(ambiguousZones: ["IST": "Europe/London"]))
        #expect(Make.iso(irish.resolve(Make.written("Jul 1, 2024 10:00 IST"))?.instant) == "2024-07-01T09:00:00Z")
        let china = try #require(
            Reconciler().resolve(Make.written("Mar 1, 2024 10:00 CST", pageZone: "Asia/Shanghai")))
        #expect(Make.iso(china.instant) == "2024-03-01T02:00:00Z")
        #expect(china.diagnostics.first { $0.code == "zone.ambiguous" }?.message.contains("page zone") == true)
        let chicago = Reconciler().resolve(Make.written("Mar 1, 2024 10:00 CST"))
        #expect(Make.iso(chicago?.instant) == "2024-03-01T16:00:00Z")
    }

    @Test func abbreviationsInProseNeedCapitals() {
        let reader = TimeExpressionReader()
        let found = reader.read(
            "at 10:00 est. we paused",
            context: ReadingContext(place: Make.place, date: CivilDate(year: 2024, month: 1, day: 2)))
        #expect(found.first?.expression.start.zoneLabel == nil)
        #expect(found.first?.start?.zone.basis == .assumed)
    }
}
