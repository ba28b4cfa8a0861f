/// One block of a postmortem document: a paragraph, list item, table row or heading.
public struct DocumentLine: Sendable, Hashable, Codable {
    /// What kind of block the line is.
    public enum Kind: String, Sendable, Hashable, Codable {
        case paragraph
        case listItem
        case tableRow
        case heading
    }

    /// The block's text, inline markup removed, whitespace collapsed.
    public var text: String
    /// Where the block starts in the source.
    public var place: SourcePlace
    /// What kind of block it is.
    public var kind: Kind
    /// For a table row, its cells; empty otherwise.
    public var cells: [String]

    /// Creates a line.
    public init(text: String, place: SourcePlace, kind: Kind, cells: [String] = []) {
        self.text = text
        self.place = place
        self.kind = kind
        self.cells = cells
    }
}
