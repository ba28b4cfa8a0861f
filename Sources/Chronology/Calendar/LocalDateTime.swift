import Foundation
import Utilities

/// A civil date and wall-clock time in some zone, convertible to an instant with an offset.
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The date.
    public var date: CivilDate
    /// The time of day.
    public var clock: WallClock

    /// Creates a local date-time.
    public init(date: CivilDate, clock: WallClock) {
        self.date = date
        self.clock = clock
    }

    /// The local time of `instant` at a fixed offset from UTC.
    public init(instant: Date, offsetSeconds: Int) {
        let total = instant.timeIntervalSince1970 + Double(offsetSeconds)
        let whole = Int(total.rounded(.down))
        let nanos = Int(((total - Double(whole)) * 1e9).rounded())
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let secs = whole - days * 86_400
        date = CivilDate(daysSinceEpoch: days)
        clock =
            WallClock(
                hour: secs / 3600, minute: secs % 3600 / 60, second: secs % 60, nanosecond: min(nanos, 999_999_999))
            ?? WallClock(hour: 0, minute: 0)!
    }

    /// Seconds since 1970-01-01T00:00 if this local time were UTC.
    public var secondsAsUTC: Int { date.daysSinceEpoch * 86_400 + clock.secondsOfDay }

    /// The instant this local time denotes at a fixed offset from UTC.
    public func instant(offsetSeconds: Int) -> Date {
        Date(
            timeIntervalSince1970: Double(secondsAsUTC - offsetSeconds) + Double(clock.nanosecond) / 1e9)
    }

    /// The same wall clock on another date.
    public func on(_ other: CivilDate) -> LocalDateTime { LocalDateTime(date: other, clock: clock) }

    /// `YYYY-MM-DD HH:MM`.
    public var description: String { "\(date) \(clock)" }

    /// Orders by date, then time of day.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.clock) < (rhs.date, rhs.clock)
    }
}
