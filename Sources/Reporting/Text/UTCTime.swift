import Foundation

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
        let (year, month, day) = civil(fromDays: days)
        return Parts(
            year: year, month: month, day: day, hour: secondsOfDay / 3600, minute: secondsOfDay % 3600 / 60,
            second: secondsOfDay % 60)
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
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// Whether a year, month and day name a real calendar day.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let (y, m, d) = civil(fromDays: daysFromCivil(year: year, month: month, day: day))
        return y == year && m == month && d == day
    }

    private static func day(_ p: Parts) -> String {
        "\(p.year < 1000 ? String(repeating: "0", count: 4 - String(p.year).count) : "")\(p.year)-\(pad(p.month))-\(pad(p.day))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// Howard Hinnant's `civil_from_days`.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Howard Hinnant's `days_from_civil`.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
