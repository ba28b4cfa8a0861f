import IncidentModel
import Utilities

/// A calendar date as written in text, perhaps without a year (`Feb 8`, `January 10th`).
public struct WrittenDate: Sendable, Hashable {
    /// The year, when written (two-digit years are read as 20YY).
    public var year: Int?
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int
    /// How it was spelled: `month-day-year`, `day-month-year`, `iso`, `us-numeric`.
    public var notation: String
    /// Why the date cannot be used; `nil` for a usable date.
    ///
    /// Set when the text has a date's shape but names no usable day (`2025-02-31`,
    /// `0000-01-01`). A rejected date is never replaced
    /// by a date borrowed from elsewhere.
    public var rejection: Rejection?
    /// The day of the week written with the date (`Saturday, Oct 30`), 0 = Sunday … 6 = Saturday.
    public var weekday: Int?

    /// Why a written date cannot be used.
    public struct Rejection: Sendable, Hashable {
        /// `date.invalid` (no such day in the calendar) or `date.out-of-range` (a year outside `years`).
        public var code: DiagnosticCode
        /// The date as written.
        public var text: String
        /// What is wrong, in words.
        public var reason: String

        /// Creates a rejection.
        public init(code: DiagnosticCode, text: String, reason: String) {
            self.code = code
            self.text = text
            self.reason = reason
        }
    }

    /// The years a written or machine date may have: from 1583, the first whole year of the
    /// Gregorian calendar (before it, Foundation's formatters switch to the Julian calendar while
    /// ours stay proleptic Gregorian, so the same instant would print as two different days),
    /// through 9999, the last year of four digits.
    public static let years = 1583...9999

    /// Creates a written date.
    public init(year: Int?, month: Int, day: Int, notation: String, rejection: Rejection? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.notation = notation
        self.rejection = rejection
    }

    /// Checks a written date (its year may be missing): `nil` when it is usable, else why not.
    public static func rejection(year: Int?, month: Int, day: Int, text: String) -> Rejection? {
        guard (1...12).contains(month) else {
            return Rejection(code: .dateInvalid, text: text, reason: "there is no month \(month)")
        }
        let days = CivilDate.daysIn(month: month, year: year ?? 2000)
        guard (1...days).contains(day) else {
            let month = DateWords.monthNames[month - 1] + (year.map { " \($0)" } ?? "")
            return Rejection(
                code: .dateInvalid, text: text, reason: "\(month) has no day \(day) (it has \(days) days)")
        }
        guard let year, years.contains(year) else {
            if year == nil { return nil }
            return Rejection(
                code: .dateOutOfRange, text: text,
                reason: "the year \(year ?? 0) is outside \(years.lowerBound)–\(years.upperBound)")
        }
        return nil
    }

    /// The date in a given year, when the day exists in it.
    public func civil(year fallback: Int) -> CivilDate? {
        CivilDate(year: year ?? fallback, month: month, day: day)
    }
}
