import Foundation
import Metrics

/// The span one vendor's availability is measured over, and the rule that chose it.
///
/// With a period (`--month`, `--from`/`--to`) every vendor is measured over the period. Without one,
/// each vendor is measured over the whole UTC calendar months its own incidents run in, from the month
/// of its first impact start through the month of its last impact end: vendors whose data covers
/// different years are not spread over one common span, and a single incident is not its own period.
public struct AvailabilitySpan: Sendable, Hashable, Codable {
    /// How the span was chosen.
    public enum Rule: String, Sendable, Hashable, Codable {
        /// The report's period (open bounds closed by the incidents' windows).
        case period
        /// The whole UTC months the vendor's incidents run in.
        case wholeMonths = "whole-months"
    }

    /// The vendor.
    public var vendor: String
    /// The first instant measured.
    public var start: Date
    /// The first instant after the span.
    public var end: Date
    /// How the span was chosen.
    public var rule: Rule
    /// For whole months, the earliest impact start and the latest impact end they were chosen from.
    public var data: DateInterval?

    /// Creates a span.
    public init(vendor: String, start: Date, end: Date, rule: Rule, data: DateInterval? = nil) {
        self.vendor = vendor
        self.start = start
        self.end = end
        self.rule = rule
        self.data = data
    }

    /// The span as a `DateInterval`.
    public var interval: DateInterval { DateInterval(start: start, end: max(start, end)) }

    /// The span in words: `2021-01` for one month, `2019-03 to 2026-08` for several (both included),
    /// or `2025-01-01 00:00 UTC to 2025-02-01 00:00 UTC` for a period.
    public var label: String {
        switch rule {
        case .wholeMonths:
            let first = Self.monthLabel(start)
            let last = Self.monthLabel(Self.monthStart(containing: end.addingTimeInterval(-1)))
            return first == last ? first : "\(first) to \(last)"
        case .period:
            return "\(UTCTime.display(start)) to \(UTCTime.display(end))"
        }
    }

    /// The whole UTC months covering the windows (start, end): from the first day of the earliest
    /// start's month to the first day of the month after the latest end's (an end exactly on a month's
    /// first instant closes the month before); `nil` without windows.
    public static func wholeMonths(vendor: String, windows: [(start: Date, end: Date)]) -> AvailabilitySpan? {
        guard let earliest = windows.map(\.start).min(),
            let latest = windows.map({ max($0.start, $0.end) }).max()
        else { return nil }
        let start = monthStart(containing: earliest)
        let endMonth = monthStart(containing: latest)
        var end = endMonth == latest ? latest : nextMonth(after: endMonth)
        if end <= start { end = nextMonth(after: start) }
        return AvailabilitySpan(
            vendor: vendor, start: start, end: end, rule: .wholeMonths, data: DateInterval(start: earliest, end: latest)
        )
    }

    /// The coverage line of a vendor measured over whole months: the span and why, then what the data
    /// leaves out (incidents of unknown bounds, maintenance, unknown impact).
    public func statement(_ coverage: Coverage) -> String {
        var parts = ["\(vendor): availability over \(label)"]
        if let data {
            parts[0] +=
                ", the whole UTC months its incidents run in (first impact \(UTCTime.date(data.start)), last end "
                + "\(UTCTime.date(data.end)))"
        }
        parts.append(
            "\(coverage.incidentsInPeriod) incident\(coverage.incidentsInPeriod == 1 ? "" : "s") with impact")
        parts += coverage.details
        return parts.joined(separator: "; ")
    }

    /// The first instant of the UTC month an instant is in.
    static func monthStart(containing date: Date) -> Date {
        let parts = UTCTime.parts(date)
        return UTCTime.instant(year: parts.year, month: parts.month, day: 1)
    }

    /// The first instant of the UTC month after the one starting at `monthStart`.
    static func nextMonth(after monthStart: Date) -> Date {
        let parts = UTCTime.parts(monthStart)
        return parts.month == 12
            ? UTCTime.instant(year: parts.year + 1, month: 1, day: 1)
            : UTCTime.instant(year: parts.year, month: parts.month + 1, day: 1)
    }

    static func monthLabel(_ date: Date) -> String { String(UTCTime.date(date).prefix(7)) }
}
