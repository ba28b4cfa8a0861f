import Foundation

extension ReportPeriod {
    /// The period just before this one, of the same length (the previous month for a month); `nil`
    /// when either bound is open.
    public var previous: ReportPeriod? {
        guard let start, let end else { return nil }
        let parts = UTCTime.parts(start)
        let isMonth =
            parts.day == 1 && parts.hour == 0 && parts.minute == 0 && parts.second == 0
            && AvailabilitySpan.nextMonth(after: start) == end
        if isMonth {
            let year = parts.month == 1 ? parts.year - 1 : parts.year
            let month = parts.month == 1 ? 12 : parts.month - 1
            let previousStart = UTCTime.instant(year: year, month: month, day: 1)
            let label = "\(year)-\(month < 10 ? "0" : "")\(month)"
            return ReportPeriod(start: previousStart, end: start, label: label)
        }
        let previousStart = start.addingTimeInterval(-end.timeIntervalSince(start))
        return ReportPeriod(
            start: previousStart, end: start, label: "\(UTCTime.date(previousStart)) to \(UTCTime.date(start))")
    }
}
