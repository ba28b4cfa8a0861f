/// What a CSV column holds, which decides whether ``CSVStyle`` may defuse its fields.
public enum CSVFieldKind: String, Sendable, Hashable {
    /// One-line text from the sources (titles, names, file paths, messages): neutralised by default,
    /// line breaks included, since one in a title or a file name is not data but a forged line.
    case text
    /// Text whose line breaks are data (an update's body): neutralised, line breaks kept.
    case paragraphs
    /// A value the toolkit formats (instants, minutes, offsets, counts, booleans): never changed.
    case value
}
