import Foundation

/// Formats instants and offsets for messages and reports without `DateFormatter`.
public enum InstantText {
    /// `2025-01-10T14:48:00Z` (fractional seconds dropped).
    public static func iso(_ instant: Date) -> String {
        let local = LocalDateTime(instant: instant, offsetSeconds: 0)
        let (day, time) = (local.date, local.clock)
        if day.year >= 1000, day.year <= 9999 {
            // Four-digit years: the same text written byte by byte.
            return String(unsafeUninitializedCapacity: 20) { bytes in
                func two(_ at: Int, _ value: Int) {
                    bytes[at] = UInt8(0x30 + value / 10)
                    bytes[at + 1] = UInt8(0x30 + value % 10)
                }
                two(0, day.year / 100)
                two(2, day.year % 100)
                two(5, day.month)
                two(8, day.day)
                two(11, time.hour)
                two(14, time.minute)
                two(17, time.second)
                (bytes[4], bytes[7], bytes[10], bytes[13], bytes[16], bytes[19]) = (0x2D, 0x2D, 0x54, 0x3A, 0x3A, 0x5A)
                return 20
            }
        }
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
