import Utilities

/// Dates in common spellings: `Jan 10, 2025`, `January 10th`, `Aug 17 , 2026`, `10 Jan 2025`,
/// `2025-01-10`, `2025/01/10`, `2/24/24` and `1-10-2025` (US month-first order for numeric dates, unless
/// the first number is over 12: `28-11-2024` is day-first; two-digit years 69–99 are 19YY, 00–68 are
/// 20YY, as POSIX `%y`).
struct DateParser {
    /// The notation of a numeric date read day first (`28-11-2024`, or `11-01-2026` when the
    /// document's dates are day-first, see ``NumericDateOrder``).
    static let dayFirstNumeric = "day-first-numeric"
    /// The notation of a numeric date read month first (`2/24/24`).
    static let monthFirstNumeric = "us-numeric"

    let tokens: [TimeToken]
    let text: String

    func date(at index: Int) -> (WrittenDate, Int)? {
        guard index < tokens.count else { return nil }
        if let word = tokens[index].word { return monthFirst(at: index, word: word) }
        if tokens[index].number != nil {
            return numeric(at: index) ?? dayFirst(at: index)
        }
        return nil
    }

    /// `Jan 10, 2025`, `January 10th`, `Sept. 3`, `Aug 17 , 2026`.
    private func monthFirst(at index: Int, word: String) -> (WrittenDate, Int)? {
        guard let lower = tokens[index].lower, let month = DateWords.months[lower] else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunct("."), !tokens[next].spaceBefore { next += 1 }
        guard let (day, afterDay) = dayNumber(at: next) else { return nil }
        let (year, afterYear) = year(after: afterDay)
        // "may" is also a verb: in lower case it needs a full date with a year.
        if word == "may", year == nil { return nil }
        return checked(year: year, month: month, day: day, notation: "month-day-year", from: index, to: afterYear)
    }

    /// `10 Jan 2025`, `27 Oct 2018`, `1st of March`.
    private func dayFirst(at index: Int) -> (WrittenDate, Int)? {
        guard let (day, afterDay) = dayNumber(at: index) else { return nil }
        var next = afterDay
        if next < tokens.count, tokens[next].isWord("of") { next += 1 }
        guard next < tokens.count, let word = tokens[next].word, let lower = tokens[next].lower,
            let month = DateWords.months[lower],
            word != "may" || tokens[next].spaceBefore
        else { return nil }
        next += 1
        if next < tokens.count, tokens[next].isPunct("."), !tokens[next].spaceBefore { next += 1 }
        let (year, afterYear) = year(after: next)
        if word == "may", year == nil { return nil }
        return checked(year: year, month: month, day: day, notation: "day-month-year", from: index, to: afterYear)
    }

    /// A worded date, kept with a rejection when the day does not exist (`Feb 31, 2025`, `Apr 31`):
    /// such a date is reported, never replaced by a date taken from elsewhere.
    private func checked(year: Int?, month: Int, day: Int, notation: String, from start: Int, to end: Int)
        -> (WrittenDate, Int)
    {
        var date = WrittenDate(year: year, month: month, day: day, notation: notation)
        // Without a year, a day is impossible only when no year has it (Feb 30, not Feb 29).
        date.rejection = WrittenDate.rejection(year: year, month: month, day: day, text: written(from: start, to: end))
        return (date, end)
    }

    /// The text of tokens `start..<end` as written.
    private func written(from start: Int, to end: Int) -> String {
        String(text[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    }

    /// A day of the month, 1–31, with an optional ordinal suffix, not the hour of a clock.
    private func dayNumber(at index: Int) -> (Int, Int)? {
        guard index < tokens.count, let day = tokens[index].number, tokens[index].digits <= 2, (1...31).contains(day)
        else { return nil }
        var next = index + 1
        if next < tokens.count {
            let token = tokens[next]
            if !token.spaceBefore, token.isPunct(":") || token.isPunct("/") { return nil }
            if !token.spaceBefore, token.isPunct("."), next + 1 < tokens.count, tokens[next + 1].number != nil {
                return nil
            }
            if !token.spaceBefore, let lower = token.lower {
                guard DateWords.ordinals.contains(lower) else { return nil }
                next += 1
            }
        }
        return (day, next)
    }

    /// An optional `, 2025` or ` 2025` after a day: four digits, not the hour of a clock.
    private func year(after index: Int) -> (Int?, Int) {
        var next = index
        if next < tokens.count, tokens[next].isPunct(",") { next += 1 }
        guard next < tokens.count, tokens[next].digits == 4, let value = tokens[next].number,
            (1970...2199).contains(value)
        else { return (nil, index) }
        // `2025:` ending a label is a year; `2025:10` is not.
        if next + 2 < tokens.count, tokens[next + 1].isPunct(":"), !tokens[next + 1].spaceBefore,
            tokens[next + 2].digits > 0, !tokens[next + 2].spaceBefore
        {
            return (nil, index)
        }
        return (value, next + 1)
    }

    /// `2025-01-10`, `2025/01/10`, `2/24/24`, `02/24/2024`, `1-10-2025`; no spaces inside.
    private func numeric(at index: Int) -> (WrittenDate, Int)? {
        guard index + 4 < tokens.count else { return nil }
        let a = tokens[index]
        let separator = tokens[index + 1]
        let b = tokens[index + 2]
        let separator2 = tokens[index + 3]
        let c = tokens[index + 4]
        guard separator.isPunct("-") || separator.isPunct("/"), separator2.kind == separator.kind,
            !separator.spaceBefore, !b.spaceBefore, !separator2.spaceBefore, !c.spaceBefore,
            let x = a.number, let y = b.number, let z = c.number
        else { return nil }
        if index + 5 < tokens.count, !tokens[index + 5].spaceBefore,
            tokens[index + 5].number != nil || tokens[index + 5].isPunct(separator.isPunct("-") ? "-" : "/")
        {
            return nil
        }
        if a.digits == 4, b.digits <= 2, c.digits <= 2 {
            // Year-month-day: kept even when impossible (`2025-02-31`, `2025-13-01`, `0000-01-01`),
            // with the rejection, so it is reported and not read as a clock without a date.
            let rejection = WrittenDate.rejection(year: x, month: y, day: z, text: written(from: index, to: index + 5))
            return (WrittenDate(year: x, month: y, day: z, notation: "iso", rejection: rejection), index + 5)
        }
        guard a.digits <= 2, b.digits <= 2 else { return nil }
        let fullYear: Int
        if c.digits == 4 {
            fullYear = z
        } else if c.digits == 2, separator.isPunct("/") || (x > 12) != (y > 12) {
            // Two-digit years after dashes only when the order is plain (`5-26-21`), never `10-12-15`.
            fullYear = z < 69 ? 2000 + z : 1900 + z
        } else {
            return nil
        }
        guard (1970...2199).contains(fullYear) else { return nil }
        // A first number over 12 cannot be a month: the date is day-first (`28-11-2024`).
        if x > 12 {
            guard x <= 31, (1...12).contains(y), let date = CivilDate(year: fullYear, month: y, day: x) else {
                return nil
            }
            return (
                WrittenDate(year: date.year, month: date.month, day: date.day, notation: Self.dayFirstNumeric),
                index + 5
            )
        }
        // A month-first date with a four-digit year and an impossible day (`2/30/2025`) is reported.
        let rejection =
            c.digits == 4
            ? WrittenDate.rejection(year: fullYear, month: x, day: y, text: written(from: index, to: index + 5)) : nil
        guard rejection != nil || CivilDate(year: fullYear, month: x, day: y) != nil else { return nil }
        return (WrittenDate(year: fullYear, month: x, day: y, notation: "us-numeric", rejection: rejection), index + 5)
    }
}
