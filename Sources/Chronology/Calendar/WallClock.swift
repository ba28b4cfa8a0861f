/// A time of day as written on a wall clock, with no date and no zone.
public struct WallClock: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The hour, 0–23.
    public var hour: Int
    /// The minute, 0–59.
    public var minute: Int
    /// The second, 0–60 (a written leap second is read as 59).
    public var second: Int
    /// Fractional seconds in nanoseconds.
    public var nanosecond: Int

    /// Creates a clock time; returns `nil` outside 00:00–23:59:60.
    public init?(hour: Int, minute: Int, second: Int = 0, nanosecond: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            (0..<1_000_000_000).contains(nanosecond)
        else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = min(second, 59)
        self.nanosecond = nanosecond
    }

    /// Whole seconds since midnight.
    public var secondsOfDay: Int { hour * 3600 + minute * 60 + second }

    /// `HH:MM` or `HH:MM:SS`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return second == 0 && nanosecond == 0
            ? "\(two(hour)):\(two(minute))" : "\(two(hour)):\(two(minute)):\(two(second))"
    }

    /// Orders by time of day.
    public static func < (lhs: WallClock, rhs: WallClock) -> Bool {
        (lhs.secondsOfDay, lhs.nanosecond) < (rhs.secondsOfDay, rhs.nanosecond)
    }
}
