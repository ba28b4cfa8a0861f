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
    /// The targets of the links in the block (Markdown links and autolinks, HTML `href`s).
    public var links: [String]
    /// For a task-list item (`- [ ]` / `- [x]`), whether it is ticked; `nil` for other blocks.
    public var checked: Bool?

    /// Creates a line.
    public init(
        text: String, place: SourcePlace, kind: Kind, cells: [String] = [], links: [String] = [],
        checked: Bool? = nil
    ) {
        self.text = text
        self.place = place
        self.kind = kind
        self.cells = cells
        self.links = links
        self.checked = checked
    }
}
