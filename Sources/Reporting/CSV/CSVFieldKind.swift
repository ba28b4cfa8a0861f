/// What a CSV column holds: it decides whether ``CSVStyle`` may defuse the column's fields and which
/// type the column has in a database.
public enum CSVFieldKind: String, Sendable, Hashable, CaseIterable {
    /// One-line text from the sources (titles, names, file paths, messages): neutralised by default,
    /// line breaks included, since one in a title or a file name is not data but a forged line.
    case text
    /// Text whose line breaks are data (an update's body): neutralised, line breaks kept.
    case paragraphs
    /// A word or offset the toolkit recognised (`+05:30`, `EST`, `America/New_York`): never changed.
    case code
    /// An ISO 8601 UTC instant: never changed.
    case instant
    /// Minutes with one decimal: never changed.
    case minutes
    /// A whole number (a count, a line): never changed.
    case integer
    /// `true` or `false`: never changed.
    case boolean
    /// A fraction with six decimals (availability): never changed.
    case fraction

    /// Whether the column holds text from the sources, which the neutralised style defuses.
    public var isSourceText: Bool { self == .text || self == .paragraphs }
}
