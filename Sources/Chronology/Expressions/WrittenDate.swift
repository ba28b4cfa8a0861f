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

    /// Creates a written date.
    public init(year: Int?, month: Int, day: Int, notation: String) {
        self.year = year
        self.month = month
        self.day = day
        self.notation = notation
    }

    /// The date in a given year, when the day exists in it.
    public func civil(year fallback: Int) -> CivilDate? {
        CivilDate(year: year ?? fallback, month: month, day: day)
    }
}
