import Foundation
import Utilities

/// Formats and reads UTC instants without locale, calendar or formatter state, so output is byte-stable.
public enum UTCTime {
    /// The civil date and time of an instant in UTC, seconds truncated toward the past.
    public struct Parts: Sendable, Hashable {
        /// The year.
        public var year: Int
        /// The month, 1–12.
        public var month: Int
        /// The day of the month, 1–31.
        public var day: Int
        /// The hour, 0–23.
        public var hour: Int
        /// The minute, 0–59.
        public var minute: Int
        /// The second, 0–59.
        public var second: Int
    }

    /// The UTC parts of an instant.
    public static func parts(_ date: Date) -> Parts {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = floorDivide(total, 86_400)
        let secondsOfDay = total - days * 86_400
        let civil = CivilDate(daysSinceEpoch: days)
        return Parts(
            year: civil.year, month: civil.month, day: civil.day, hour: secondsOfDay / 3600,
            minute: secondsOfDay % 3600 / 60, second: secondsOfDay % 60)
    }

    /// ISO 8601 with seconds and `Z`: `2025-01-10T16:37:00Z`.
    public static func iso(_ date: Date) -> String {
        let p = parts(date)
        return "\(day(p))T\(pad(p.hour)):\(pad(p.minute)):\(pad(p.second))Z"
    }

    /// ISO 8601 to the minute without a zone, as Mermaid's `YYYY-MM-DDTHH:mm` expects: `2025-01-10T16:37`.
    public static func minute(_ date: Date) -> String {
        let p = parts(date)
        return "\(day(p))T\(pad(p.hour)):\(pad(p.minute))"
    }

    /// A reader's form: `2025-01-10 16:37 UTC`.
    public static func display(_ date: Date) -> String {
        let p = parts(date)
        return "\(day(p)) \(pad(p.hour)):\(pad(p.minute)) UTC"
    }

    /// The calendar day: `2025-01-10`.
    public static func date(_ date: Date) -> String { day(parts(date)) }

    /// The instant of a UTC civil date and time.
    public static func instant(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0)
        -> Date
    {
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// Whether a year, month and day name a real calendar day.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        CivilDate(year: year, month: month, day: day) != nil
    }

    private static func day(_ p: Parts) -> String {
        "\(p.year < 1000 ? String(repeating: "0", count: 4 - String(p.year).count) : "")\(p.year)-\(pad(p.month))-\(pad(p.day))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
