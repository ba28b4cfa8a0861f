import IncidentModel
import Utilities

/// Decides, for one document, whether its ambiguous numeric dates (`11-01-2026`: both numbers 12 or
/// less) are day-first or month-first, from the document's other evidence.
///
/// In order: a numeric date that can only be one way (`28-11-2024` day-first, `02-13-2025`
/// month-first); then agreement with the dates written in words or ISO form in the text and with a
/// `YYYY-MM` in the file name (`expired on 8 January 2026` beside `08-01-2026`); then the reading
/// whose dates lie closer together (one incident's dates cluster). Month-first stays the default.
/// Whenever ambiguous dates exist, a `date.order` diagnostic names both readings and the evidence.
public struct NumericDateOrder {
    /// Whether `postmortem`'s ambiguous numeric dates are read day-first, as the reconciler reads them.
    public static func isDayFirst(in postmortem: Postmortem, reader: TimeExpressionReader) -> Bool {
        NumericDateOrder(
            texts: PostmortemLineReader.texts(of: postmortem), file: postmortem.place.file, place: postmortem.place,
            parser: reader
        ).dayFirst
    }

    /// Whether ambiguous numeric dates are read day-first.
    var dayFirst = false
    /// The `date.order` diagnostic, when the document has ambiguous numeric dates.
    var diagnostic: Diagnostic?

    /// The order for the texts of one document read from `file`.
    init(texts: [String], file: String, place: SourcePlace, parser: TimeExpressionReader) {
        // Only a numeric date can be ambiguous: without one nothing is decided, and reading every
        // line's expressions (most of this type's cost) is skipped.
        guard texts.contains(where: Self.mayHoldNumericDate) else { return }
        var ambiguous: [WrittenDate] = []
        var dayFirstOnly = 0
        var monthFirstOnly = 0
        var anchors: [WrittenDate] = []
        for text in texts where text.contains(where: \.isNumber) {
            for expression in parser.expressions(in: text) {
                for date in [expression.start.date, expression.end?.date].compactMap({ $0 }) {
                    switch date.notation {
                    case DateParser.dayFirstNumeric: dayFirstOnly += 1
                    case DateParser.monthFirstNumeric:
                        if date.day <= 12, date.month != date.day {
                            ambiguous.append(date)
                        } else {
                            monthFirstOnly += 1
                        }
                    default: if date.year != nil { anchors.append(date) }
                    }
                }
            }
        }
        guard !ambiguous.isEmpty else { return }
        let fileMonth = Self.yearMonth(inFileName: file)
        let asDayFirst = ambiguous.map { WrittenDate(year: $0.year, month: $0.day, day: $0.month, notation: "") }
        func agreement(_ dates: [WrittenDate]) -> Int {
            dates.filter { date in
                anchors.contains { $0.year == date.year && $0.month == date.month && abs($0.day - date.day) <= 3 }
                    || fileMonth.map { $0.year == date.year && $0.month == date.month } ?? false
            }.count
        }
        let why: String
        if dayFirstOnly != monthFirstOnly, dayFirstOnly == 0 || monthFirstOnly == 0 {
            dayFirst = dayFirstOnly > 0
            why = "the document's other numeric dates can only be read \(dayFirst ? "day" : "month") first"
        } else if agreement(asDayFirst) != agreement(ambiguous) {
            dayFirst = agreement(asDayFirst) > agreement(ambiguous)
            why = "that reading agrees with the dates written in words, ISO form or the file name"
        } else if Self.span(asDayFirst) != Self.span(ambiguous), Set(ambiguous).count > 1 {
            dayFirst = Self.span(asDayFirst) < Self.span(ambiguous)
            why = "that reading keeps the document's dates closer together"
        } else {
            why = "nothing in the document decides, so the month-first default is kept"
        }
        let first = ambiguous[0]
        let written = "\(first.month)-\(first.day)-\(first.year.map(String.init) ?? "")"
        let readings = [
            "month first: \(Self.text(first.year, first.month, first.day))",
            "day first: \(Self.text(first.year, first.day, first.month))",
        ]
        diagnostic = Diagnostic(
            code: .dateOrder, severity: .note, place: place,
            message:
                "\(ambiguous.count) numeric date\(ambiguous.count == 1 ? "" : "s") such as \(written) can be read "
                + "either way; read \(dayFirst ? "day" : "month") first because \(why)",
            readings: readings)
    }

    /// Whether `text` holds the shape every numeric date the parser reads day- or month-first has:
    /// a run of one or two digits, a separator, one or two digits, a separator and a digit, with
    /// nothing between them (`1-10-2025`, `02/24/24`).
    ///
    /// A separator is `-`, `/` or any non-ASCII character (the parser's dashes `‐`…`―` and `−`), so
    /// the test can only pass too often, never too rarely; `2025-01-10` does not pass (four digits).
    static func mayHoldNumericDate(_ text: String) -> Bool {
        // The last four atoms, oldest first: a digit run as its length, a separator as -1, anything
        // else as 0.
        var atoms = (0, 0, 0, 0)
        var run = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                if run == 0, (1...2).contains(atoms.0), atoms.1 == -1, (1...2).contains(atoms.2), atoms.3 == -1 {
                    return true
                }
                run += 1
                continue
            }
            if byte & 0xC0 == 0x80 { continue }  // the rest of a character already counted
            if run > 0 { atoms = (atoms.1, atoms.2, atoms.3, run) }
            run = 0
            let separator = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte >= 0xC0
            atoms = (atoms.1, atoms.2, atoms.3, separator ? -1 : 0)
        }
        return false
    }

    /// A `YYYY-MM` (or `YYYY-MM-DD`) in a file name.
    static func yearMonth(inFileName file: String) -> (year: Int, month: Int)? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let parts = name.split { !$0.isNumber }
        for (index, part) in parts.enumerated() where part.count == 4 && index + 1 < parts.count {
            guard let year = Int(part), (1970...2199).contains(year), parts[index + 1].count == 2,
                let month = Int(parts[index + 1]), (1...12).contains(month)
            else { continue }
            return (year, month)
        }
        return nil
    }

    /// Days between the earliest and latest of the dates that exist.
    private static func span(_ dates: [WrittenDate]) -> Int {
        let days = dates.compactMap { CivilDate(year: $0.year ?? 2000, month: $0.month, day: $0.day)?.daysSinceEpoch }
        guard let low = days.min(), let high = days.max() else { return 0 }
        return high - low
    }

    private static func text(_ year: Int?, _ month: Int, _ day: Int) -> String {
        CivilDate(year: year ?? 2000, month: month, day: day).map {
            year == nil ? String("\($0)".dropFirst(5)) : "\($0)"
        }
            ?? "no such day"
    }

    /// `expression` with its ambiguous numeric dates read day first.
    static func readingDayFirst(_ expression: TimeExpression) -> TimeExpression {
        var copy = expression
        copy.start.date = swapped(copy.start.date)
        if var end = copy.end {
            end.date = swapped(end.date)
            copy.end = end
        }
        return copy
    }

    private static func swapped(_ date: WrittenDate?) -> WrittenDate? {
        guard let date, date.notation == DateParser.monthFirstNumeric, date.day <= 12 else { return date }
        var copy = WrittenDate(year: date.year, month: date.day, day: date.month, notation: DateParser.dayFirstNumeric)
        copy.rejection = nil
        return copy
    }
}
