import Utilities

/// How text fields are written into CSV: defused for spreadsheets and terminals, or exactly as read.
///
/// A title such as `=HYPERLINK("http://…")` becomes a live formula when a spreadsheet opens the
/// file, and an escape character in a body recolours the terminal that prints it. The neutralised
/// style (the default) follows OWASP's advice for CSV injection: a text field that starts with `=`,
/// `+`, `-`, `@`, a tab or a CR gets a leading `'`, and control characters are written as
/// ``ControlText`` writes them (`\n`, `\u{1B}`), except a tab, and the line breaks of
/// ``CSVFieldKind/paragraphs`` (an update's body), which RFC 4180 quoting carries. Other columns (instants,
/// minutes, offsets, counts) are never changed. The raw style writes every field as read, for
/// pipelines that load the files as data.
public enum CSVStyle: String, Sendable, Hashable, CaseIterable {
    /// Text fields defused (the default).
    case neutralised
    /// Every field exactly as read.
    case raw

    /// Control characters that CSV carries as data inside a quoted field.
    private static let csvWhitespace: Set<Unicode.Scalar> = ["\t", "\n", "\r"]
    /// The control character one-line text keeps.
    private static let tab: Set<Unicode.Scalar> = ["\t"]

    /// The field as this style writes it into a column of `kind` (before RFC 4180 quoting).
    public func field(_ text: String, kind: CSVFieldKind) -> String {
        guard self == .neutralised, kind.isSourceText, let first = text.unicodeScalars.first else { return text }
        let defused = ControlText.escaped(text, keeping: kind == .paragraphs ? Self.csvWhitespace : Self.tab)
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + defused
        default: return defused
        }
    }
}
