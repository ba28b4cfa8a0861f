import Foundation
import IncidentModel
import Utilities

/// Reads machine time fields (ISO 8601, RFC 822, Unix seconds and milliseconds) to instants.
///
/// Only machine fields come through here; displayed text is left to Chronology.
enum MachineTime {
    /// Parses ISO 8601 `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`; a missing zone is not accepted.
    static func iso8601(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 16 else { return nil }
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= b.count else { return nil }
            var value = 0
            for k in i..<(i + width) {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                value = value * 10 + Int(b[k] - 48)
            }
            i += width
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < b.count, b[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2) else {
            return nil
        }
        guard i < b.count, b[i] == 84 || b[i] == 116 || b[i] == 32 else { return nil }
        i += 1
        guard let hour = number(2), expect(58), let minute = number(2) else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(58) {
            guard let s = number(2) else { return nil }
            second = s
            if i < b.count, b[i] == 46 || b[i] == 44 {
                i += 1
                var digits = 0
                var divisor = 1
                while i < b.count, b[i] >= 48 && b[i] <= 57 {
                    if divisor < 1_000_000_000 {
                        digits = digits * 10 + Int(b[i] - 48)
                        divisor *= 10
                    }
                    i += 1
                }
                fraction = Double(digits) / Double(divisor)
            }
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == 90 || b[i] == 122 {
            i += 1
        } else if b[i] == 43 || b[i] == 45 {
            let sign = b[i] == 45 ? -1 : 1
            i += 1
            guard let oh = number(2) else { return nil }
            _ = expect(58)
            let om = number(2) ?? 0
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        return instant(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            fraction: fraction, offset: offset)
    }

    /// The years a machine date may have, as Chronology's `WrittenDate.years`.
    ///
    /// From 1583 (before it Foundation's formatters print Julian days, ours proleptic Gregorian
    /// ones) through 9999. A field outside them gives no instant; its text is read, and rejected, as written.
    static let years = 1583...9999

    /// The year an RFC 822 date is written with (as `rfc822` reads it), for saying why it was refused.
    static func rfc822Year(_ text: String) -> Int? {
        rfc822Year(parts: rfc822Parts(text))
    }

    /// The space-separated parts of an RFC 822 date, a leading `Day,` dropped.
    private static func rfc822Parts(_ text: String) -> ArraySlice<Substring> {
        let parts = text.split(separator: " ")[...]
        if let first = parts.first, first.hasSuffix(",") { return parts.dropFirst() }
        return parts
    }

    private static func rfc822Year(parts: ArraySlice<Substring>) -> Int? {
        guard parts.count >= 3 else { return nil }
        let written = parts[parts.startIndex + 2]
        guard var year = Int(written) else { return nil }
        if written.utf8.count <= 2 { year += year < 50 ? 2000 : 1900 }
        return year
    }

    /// Parses RFC 822 / RFC 1123 `[Day, ]DD Mon YYYY HH:MM[:SS] zone`, with a numeric offset,
    /// `GMT`/`UT`/`UTC`/`Z`, or one of RFC 822's US zones (`EST` is always −05:00).
    static func rfc822(_ text: String) -> Date? {
        if let ascii = asciiRFC822(text) { return ascii }
        let parts = rfc822Parts(text)
        let base = parts.startIndex
        // Only a year written with one or two digits is widened; "0000" is the year 0 as written.
        guard parts.count >= 4, let day = Int(parts[base]), let month = monthNumber(parts[base + 1]),
            let year = rfc822Year(parts: parts)
        else { return nil }
        let clock = parts[base + 3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2 else { return nil }
        let zone = parts.count >= 5 ? parts[base + 4] : "GMT"
        guard let offset = rfc822Offset(zone) else { return nil }
        return instant(
            year: year, month: month, day: day, hour: clock[0], minute: clock[1],
            second: clock.count > 2 ? clock[2] : 0, fraction: 0, offset: offset)
    }

    /// Unix seconds as a decimal string, within `years`.
    static func unixSeconds(_ text: String) -> Date? {
        guard let value = Double(text.trimmingWhitespace()) else { return nil }
        return inRange(value)
    }

    /// Unix milliseconds as a decimal string, within `years`.
    static func unixMilliseconds(_ text: String) -> Date? {
        guard let value = Double(text.trimmingWhitespace()) else { return nil }
        return inRange(value / 1000)
    }

    /// 1583-01-01T00:00:00Z and 10000-01-01T00:00:00Z in Unix seconds.
    private static let unixBounds = -12_212_553_600.0..<253_402_300_800.0

    private static func inRange(_ seconds: Double) -> Date? {
        unixBounds.contains(seconds) ? Date(timeIntervalSince1970: seconds) : nil
    }

    /// The month number for an English month name or its first three letters.
    static func monthNumber(_ name: String) -> Int? {
        monthNumber(name[...])
    }

    /// The month number for an English month name or its first three letters.
    static func monthNumber(_ name: Substring) -> Int? {
        let key = name.prefix(3).lowercased()
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: key).map { $0 + 1 }
    }

    private static func rfc822Offset(_ zone: Substring) -> Int? {
        switch zone.uppercased() {
        case "GMT", "UT", "UTC", "Z": return 0
        case "EST": return -5 * 3600
        case "EDT": return -4 * 3600
        case "CST": return -6 * 3600
        case "CDT": return -5 * 3600
        case "MST": return -7 * 3600
        case "MDT": return -6 * 3600
        case "PST": return -8 * 3600
        case "PDT": return -7 * 3600
        default:
            let bytes = Array(zone.utf8)
            guard bytes.count == 5, bytes[0] == 43 || bytes[0] == 45, let hhmm = Int(zone.dropFirst()) else {
                return nil
            }
            return (bytes[0] == 45 ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60)
        }
    }

    /// The instant of a civil date-time at a fixed offset (``CivilDate``'s arithmetic).
    static func instant(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, fraction: Double, offset: Int
    ) -> Date? {
        guard years.contains(year), (1...12).contains(month), (0...24).contains(hour), (0...59).contains(minute),
            (0...60).contains(second)
        else { return nil }
        guard let days = CivilDate(year: year, month: month, day: day)?.daysSinceEpoch else { return nil }
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}
