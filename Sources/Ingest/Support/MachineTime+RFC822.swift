import Foundation

extension MachineTime {
    /// `rfc822` over printable ASCII, where bytes are characters, without a `String` per part.
    ///
    /// The same reading: space-separated parts, a leading `Day,` dropped, `Int` parsing with its
    /// optional sign, clock parts that do not parse skipped. `nil` when the text is not printable ASCII.
    static func asciiRFC822(_ text: String) -> Date?? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Date?? in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return .none }
            return .some(rfc822(ascii: bytes))
        } ?? .none
    }

    private static func rfc822(ascii bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var parts = split(bytes, at: 0x20, limit: 6)[...]
        if let first = parts.first, bytes[first.upperBound - 1] == UInt8(ascii: ",") { parts = parts.dropFirst() }
        let base = parts.startIndex
        guard parts.count >= 4, let day = integer(bytes, parts[base]),
            let month = month(bytes, parts[base + 1]), var year = integer(bytes, parts[base + 2])
        else { return nil }
        if parts[base + 2].count <= 2 { year += year < 50 ? 2000 : 1900 }
        var clock: [Int] = []
        for piece in split(bytes, within: parts[base + 3], at: UInt8(ascii: ":"), limit: .max) {
            if let value = integer(bytes, piece) { clock.append(value) }
        }
        guard clock.count >= 2 else { return nil }
        let offset: Int?
        if parts.count >= 5 {
            offset = zoneOffset(bytes, parts[base + 4])
        } else {
            offset = 0  // "GMT"
        }
        guard let offset else { return nil }
        return instant(
            year: year, month: month, day: day, hour: clock[0], minute: clock[1],
            second: clock.count > 2 ? clock[2] : 0, fraction: 0, offset: offset)
    }

    /// The non-empty runs between `separator` bytes, at most `limit` of them.
    private static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>? = nil, at separator: UInt8, limit: Int
    ) -> [Range<Int>] {
        let range = range ?? 0..<bytes.count
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound
        where index == range.upperBound || bytes[index] == separator {
            if index > start {
                parts.append(start..<index)
                if parts.count == limit { break }
            }
            start = index + 1
        }
        return parts
    }

    /// `Int(text)` for ASCII: an optional `+` or `-`, then one or more digits, `nil` on overflow.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        var negative = false
        if index < range.upperBound, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < range.upperBound else { return nil }
        var value = 0
        while index < range.upperBound {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) =
                negative ? times.subtractingReportingOverflow(Int(digit)) : times.addingReportingOverflow(Int(digit))
            guard !overflow, !overflow2 else { return nil }
            value = sum
            index += 1
        }
        return value
    }

    /// `monthNumber` for ASCII: the first three letters, case ignored.
    private static func month(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= 3 else { return nil }
        let key = (0..<3).map { offset -> UInt8 in
            let byte = bytes[range.lowerBound + offset]
            return byte >= 65 && byte <= 90 ? byte + 32 : byte
        }
        return asciiMonths.firstIndex(of: key).map { $0 + 1 }
    }

    private static let asciiMonths = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .map { Array($0.utf8) }

    /// `rfc822Offset` for ASCII: the named zones (case ignored) or `±HHMM`.
    private static func zoneOffset(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let upper = range.map { bytes[$0] >= 97 && bytes[$0] <= 122 ? bytes[$0] - 32 : bytes[$0] }
        if let named = asciiZones.first(where: { $0.name == upper }) { return named.offset }
        guard range.count == 5, bytes[range.lowerBound] == 43 || bytes[range.lowerBound] == 45,
            let hhmm = integer(bytes, range.lowerBound + 1..<range.upperBound)
        else { return nil }
        return (bytes[range.lowerBound] == 45 ? -1 : 1) * ((hhmm / 100) * 3600 + (hhmm % 100) * 60)
    }

    private static let asciiZones: [(name: [UInt8], offset: Int)] = [
        ("GMT", 0), ("UT", 0), ("UTC", 0), ("Z", 0), ("EST", -5 * 3600), ("EDT", -4 * 3600), ("CST", -6 * 3600),
        ("CDT", -5 * 3600), ("MST", -7 * 3600), ("MDT", -6 * 3600), ("PST", -8 * 3600), ("PDT", -7 * 3600),
    ].map { (Array($0.0.utf8), $0.1) }
}
