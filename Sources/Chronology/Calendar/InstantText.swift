import Foundation

/// Formats instants and offsets for messages and reports without `DateFormatter`.
public enum InstantText {
    /// `2025-01-10T14:48:00Z` (fractional seconds dropped).
    public static func iso(_ instant: Date) -> String {
        let local = LocalDateTime(instant: instant, offsetSeconds: 0)
        var clock = local.clock
        clock.nanosecond = 0
        let c = clock
        let seconds = c.second < 10 ? "0\(c.second)" : "\(c.second)"
        let hm = WallClock(hour: c.hour, minute: c.minute)!.description
        return "\(local.date)T\(hm):\(seconds)Z"
    }

    /// `+05:30` / `-04:00`.
    public static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        let hh = minutes / 60
        let mm = minutes % 60
        return sign + (hh < 10 ? "0" : "") + String(hh) + ":" + (mm < 10 ? "0" : "") + String(mm)
    }
}
