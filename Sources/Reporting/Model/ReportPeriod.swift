import Foundation

/// The span a report covers: a UTC month, a `--from`/`--to` range, or everything read.
///
/// Bounds are UTC instants; the start is inclusive and the end exclusive. An incident counts in
/// the period when its impact window overlaps it.
public struct ReportPeriod: Sendable, Hashable, Codable {
    /// The first instant inside the period, or `nil` for no lower bound.
    public var start: Date?
    /// The first instant after the period, or `nil` for no upper bound.
    public var end: Date?
    /// How the period is named in reports: `2025-01`, `2024-12-01 to 2025-02-01`, `all incidents`.
    public var label: String

    /// Creates a period.
    public init(start: Date?, end: Date?, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }

    /// Every incident read.
    public static let all = ReportPeriod(start: nil, end: nil, label: "all incidents")

    /// Why a period could not be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What was given, and what was expected.
        public var description: String
    }

    /// A calendar month in UTC, written `YYYY-MM`.
    public static func month(_ text: String) throws(ParseError) -> ReportPeriod {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]), (1...12).contains(month)
        else {
            throw ParseError(description: "--month '\(text)': expected a month written YYYY-MM, such as 2025-01")
        }
        let start = UTCTime.instant(year: year, month: month, day: 1)
        let end =
            month == 12
            ? UTCTime.instant(year: year + 1, month: 1, day: 1) : UTCTime.instant(year: year, month: month + 1, day: 1)
        return ReportPeriod(start: start, end: end, label: text)
    }

    /// A range from `--from` (inclusive) to `--to` (exclusive), each `YYYY-MM-DD` (midnight UTC) or an
    /// ISO 8601 instant with `Z`; either may be absent.
    public static func range(from: String?, to: String?) throws(ParseError) -> ReportPeriod {
        let start = try from.map { text throws(ParseError) in try instant(text, option: "--from") }
        let end = try to.map { text throws(ParseError) in try instant(text, option: "--to") }
        if let start, let end, end <= start {
            throw ParseError(description: "--to '\(to ?? "")' must be after --from '\(from ?? "")'")
        }
        let label: String
        switch (from, to) {
        case let (from?, to?): label = "\(from) to \(to)"
        case let (from?, nil): label = "from \(from)"
        case let (nil, to?): label = "until \(to)"
        case (nil, nil): return .all
        }
        return ReportPeriod(start: start, end: end, label: label)
    }

    /// Whether a window overlaps the period; a window of zero length counts when it lies inside.
    public func overlaps(start windowStart: Date, end windowEnd: Date) -> Bool {
        let windowEnd = max(windowStart, windowEnd)
        if windowStart == windowEnd {
            return (start.map { windowStart >= $0 } ?? true) && (end.map { windowStart < $0 } ?? true)
        }
        return (end.map { windowStart < $0 } ?? true) && (start.map { windowEnd > $0 } ?? true)
    }

    /// The window cut to the period, or `nil` when nothing of it is inside.
    public func clip(start windowStart: Date, end windowEnd: Date) -> (start: Date, end: Date)? {
        guard overlaps(start: windowStart, end: windowEnd) else { return nil }
        let clippedStart = start.map { max($0, windowStart) } ?? windowStart
        let clippedEnd = end.map { min($0, max(windowStart, windowEnd)) } ?? max(windowStart, windowEnd)
        return (clippedStart, max(clippedStart, clippedEnd))
    }

    /// The period with open bounds closed by the earliest start and latest end of the given windows.
    public func closed(over windows: [(start: Date, end: Date)]) -> (start: Date, end: Date)? {
        let lower = start ?? windows.map(\.start).min()
        let upper = end ?? windows.map { max($0.start, $0.end) }.max()
        guard let lower, let upper else { return nil }
        return (lower, max(lower, upper))
    }

    private static func instant(_ text: String, option: String) throws(ParseError) -> Date {
        let expected = "\(option) '\(text)': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]Z"
        let trimmed = text.hasSuffix("Z") ? String(text.dropLast()) : text
        let halves = trimmed.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count <= 2, text.hasSuffix("Z") == (halves.count == 2) else {
            throw ParseError(description: expected)
        }
        let date = halves[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
            let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]),
            UTCTime.isValid(year: year, month: month, day: day)
        else { throw ParseError(description: expected) }
        var clock = [0, 0, 0]
        if halves.count == 2 {
            let fields = halves[1].split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 }) else {
                throw ParseError(description: expected)
            }
            for (index, field) in fields.enumerated() {
                guard let value = Int(field) else { throw ParseError(description: expected) }
                clock[index] = value
            }
            guard clock[0] < 24, clock[1] < 60, clock[2] < 60 else { throw ParseError(description: expected) }
        }
        return UTCTime.instant(year: year, month: month, day: day, hour: clock[0], minute: clock[1], second: clock[2])
    }
}
