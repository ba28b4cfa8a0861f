import Foundation

/// Ticks for a UTC time axis: the smallest calendar step that gives at most a dozen ticks.
struct TimeAxis {
    /// A tick: its instant and its label.
    struct Tick: Equatable {
        var instant: Date
        var label: String
    }

    let start: Date
    let end: Date

    /// The ticks inside `start…end`.
    var ticks: [Tick] {
        let span = end.timeIntervalSince(start)
        guard span > 0 else { return [Tick(instant: start, label: UTCTime.date(start))] }
        let hour = 3600.0
        let day = 86_400.0
        for hours in [1.0, 3, 6, 12] where span / (hours * hour) <= 12 {
            return fixedSteps(hours * hour, alignTo: hours * hour) { date in
                let p = UTCTime.parts(date)
                return p.hour == 0 || hours >= 12
                    ? "\(Self.monthDay(p)) \(Self.two(p.hour)):00" : "\(Self.two(p.hour)):00"
            }
        }
        for days in [1.0, 2, 7] where span / (days * day) <= 14 {
            return fixedSteps(days * day, alignTo: day) { Self.monthDay(UTCTime.parts($0)) }
        }
        for months in [1, 3, 6, 12, 24, 60, 120] where span / (Double(months) * 30.4 * day) <= 12 {
            return monthSteps(months)
        }
        return monthSteps(240)
    }

    private func fixedSteps(_ step: TimeInterval, alignTo unit: TimeInterval, label: (Date) -> String) -> [Tick] {
        let first = (start.timeIntervalSince1970 / unit).rounded(.up) * unit
        var result: [Tick] = []
        var t = first
        while t <= end.timeIntervalSince1970 + 0.5 {
            let date = Date(timeIntervalSince1970: t)
            result.append(Tick(instant: date, label: label(date)))
            t += step
        }
        return result
    }

    private func monthSteps(_ months: Int) -> [Tick] {
        let p = UTCTime.parts(start)
        var year = p.year
        var month = p.month
        if UTCTime.instant(year: year, month: month, day: 1) < start {
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        if months >= 12 {
            while month != 1 {
                month = month % 12 + 1
                if month == 1 { year += 1 }
            }
            if months > 12 { year = (year + months / 12 - 1) / (months / 12) * (months / 12) }
        }
        var result: [Tick] = []
        while true {
            let date = UTCTime.instant(year: year, month: month, day: 1)
            if date > end { break }
            result.append(Tick(instant: date, label: months >= 12 ? "\(year)" : "\(year)-\(Self.two(month))"))
            month += months
            while month > 12 {
                month -= 12
                year += 1
            }
        }
        return result
    }

    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private static func monthDay(_ p: UTCTime.Parts) -> String { "\(monthNames[p.month - 1]) \(p.day)" }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
