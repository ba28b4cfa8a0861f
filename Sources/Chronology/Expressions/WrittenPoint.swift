/// One end of a time expression as written: an optional date, an optional clock, an optional zone.
public struct WrittenPoint: Sendable, Hashable {
    /// Morning or afternoon on a 12-hour clock.
    public enum Meridiem: String, Sendable, Hashable {
        case am
        case pm
    }

    /// The date, when written.
    public var date: WrittenDate?
    /// The hour as written (1–12 on a 12-hour clock), when a clock is written.
    public var hour: Int?
    /// The minute.
    public var minute: Int
    /// The second.
    public var second: Int
    /// Fractional seconds in nanoseconds.
    public var nanosecond: Int
    /// AM or PM, when written (or taken from the other end of a range).
    public var meridiem: Meridiem?
    /// Whether the meridiem was taken from the other end of a range.
    public var meridiemShared: Bool
    /// The zone label as written (`EST`, `US/Pacific`, `+0000`), or taken from the other end of a range.
    public var zoneLabel: String?
    /// What the zone label means.
    public var zone: ZoneEntry?
    /// Whether the zone was taken from the other end of a range.
    public var zoneShared: Bool
    /// Whether the date is written after the clock (`10:00 UTC on March 5`), so that it may be a
    /// whole range's (`from 9:00 to 10:00 UTC on March 5`).
    public var dateAfterClock = false
    /// Where the point is in the text.
    public var range: Range<String.Index>

    /// Creates a point.
    public init(
        date: WrittenDate? = nil, hour: Int? = nil, minute: Int = 0, second: Int = 0, nanosecond: Int = 0,
        meridiem: Meridiem? = nil, zoneLabel: String? = nil, zone: ZoneEntry? = nil, range: Range<String.Index>
    ) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
        self.meridiem = meridiem
        self.meridiemShared = false
        self.zoneLabel = zoneLabel
        self.zone = zone
        self.zoneShared = false
        self.range = range
    }

    /// The 24-hour clock time, when a clock is written.
    public var clock: WallClock? {
        guard var h = hour else { return nil }
        if let meridiem { h = h % 12 + (meridiem == .pm ? 12 : 0) }
        return WallClock(hour: h, minute: minute, second: second, nanosecond: nanosecond)
    }

    /// Whether a clock is written.
    public var hasClock: Bool { hour != nil }
}
