import Chronology
import Foundation
import IncidentModel
import PropertyBased
import Testing
import Utilities

/// A random instant, written in a random zone and notation, reads back to the same instant.
@Suite struct RoundTripPropertyTests {
    /// How a zone is written: a fixed label, a pair that follows its region's season, or a region.
    enum Zone: Sendable {
        case fixed(String, Int)
        case seasonal(standard: String, daylight: String, region: String)
        case region(String, tz: String)
    }

    static let zones: [Zone] = [
        .fixed("UTC", 0), .fixed("GMT", 0), .fixed("+05:30", 19_800), .fixed("GMT+08:00", 28_800),
        .fixed("-0800", -28_800), .fixed("JST", 32_400), .fixed("IST", 19_800), .fixed("UTC-3", -10_800),
        .seasonal(standard: "EST", daylight: "EDT", region: "America/New_York"),
        .seasonal(standard: "PST", daylight: "PDT", region: "America/Los_Angeles"),
        .seasonal(standard: "CET", daylight: "CEST", region: "Europe/Berlin"),
        .seasonal(standard: "AEST", daylight: "AEDT", region: "Australia/Sydney"),
        .seasonal(standard: "NZST", daylight: "NZDT", region: "Pacific/Auckland"),
        .region("US/Pacific", tz: "America/Los_Angeles"), .region("America/New_York", tz: "America/New_York"),
        .region("ET", tz: "America/New_York"), .region("Europe/London", tz: "Europe/London"),
    ]

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// The label and offset a page would print for an instant.
    static func written(_ zone: Zone, at instant: Date) -> (label: String, offset: Int, region: Bool) {
        switch zone {
        case .fixed(let label, let offset): return (label, offset, false)
        case .seasonal(let standard, let daylight, let region):
            let tz = TimeZone(identifier: region)!
            return tz.isDaylightSavingTime(for: instant)
                ? (daylight, tz.secondsFromGMT(for: instant), false)
                : (standard, tz.secondsFromGMT(for: instant), false)
        case .region(let label, let identifier):
            return (label, TimeZone(identifier: identifier)!.secondsFromGMT(for: instant), true)
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The text in one of eight notations, and the date heading for the clock-only one.
    static func text(_ local: LocalDateTime, label: String, offset: Int, notation: Int) -> (String, CivilDate?) {
        let d = local.date
        let c = local.clock
        let hour12 = c.hour % 12 == 0 ? 12 : c.hour % 12
        let ampm = c.hour < 12 ? "AM" : "PM"
        let month = months[d.month - 1]
        let numeric = InstantText.offset(offset)
        switch notation {
        case 0: return ("\(month) \(d.day), \(d.year) - \(two(c.hour)):\(two(c.minute)) \(label)", nil)
        case 1: return ("\(month) \(two(d.day)), \(d.year), \(two(hour12)):\(two(c.minute)) \(ampm) \(label)", nil)
        case 2: return ("\(d)T\(two(c.hour)):\(two(c.minute)):00\(numeric)", nil)
        case 3:
            let compact = numeric.replacingOccurrences(of: ":", with: "")
            return ("\(weekdays[d.weekday].prefix(3)), \(two(d.day)) \(month) \(d.year) \(c):00 \(compact)", nil)
        case 4: return ("\(weekdays[d.weekday]), \(d) \(two(c.hour)):\(two(c.minute)) \(label)", nil)
        case 5: return ("\(d.day) \(month) \(d.year) \(two(c.hour)):\(two(c.minute)) \(label)", nil)
        case 6: return ("\(hour12):\(two(c.minute))\(ampm.lowercased()) \(label)", d)
        default:
            return (
                "\(d.month)/\(d.day)/\(d.year % 100 < 10 ? "0" : "")\(d.year % 100) \(hour12):\(two(c.minute)) \(ampm) \(label)",
                nil
            )
        }
    }

    @Test func writtenInstantsReadBack() async {
        let minutes = Gen<Int>.value(in: 10_519_200...36_819_360)
        let zoneIndex = Gen<Int>.value(in: 0...(Self.zones.count - 1))
        let notation = Gen<Int>.value(in: 0...7)
        await propertyCheck(count: 1000, input: minutes, zoneIndex, notation) { minute, zone, notation in
            let instant = Date(timeIntervalSince1970: Double(minute * 60))
            let (label, offset, isRegion) = Self.written(Self.zones[zone], at: instant)
            let local = LocalDateTime(instant: instant, offsetSeconds: offset)
            let (text, heading) = Self.text(local, label: label, offset: offset, notation: notation)
            let read: ResolvedTime?
            if let heading {
                read =
                    TimeExpressionReader().read(text, context: ReadingContext(place: Make.place, date: heading))
                    .first?.start
            } else {
                read = Reconciler().resolve(Make.written(text))
            }
            guard let read else {
                Issue.record("\(text) did not read")
                return
            }
            if isRegion, read.instant != instant {
                // The repeated hour when clocks go back reads as its first occurrence, by the documented rule.
                #expect(read.instant == instant.addingTimeInterval(-3600), "\(text)")
                #expect(read.diagnostics.contains { $0.code == "zone.dst-overlap" }, "\(text)")
            } else {
                #expect(read.instant == instant, "\(text) read as \(InstantText.iso(read.instant))")
            }
            #expect(!read.diagnostics.contains { $0.code == "zone.season-mismatch" }, "\(text)")
        }
    }
}
