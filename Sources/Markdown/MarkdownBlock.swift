/// One block of a Markdown document, with its exact source span and its children by index.
public struct MarkdownBlock: Sendable, Hashable {
    /// What kind of block it is; the raw value is cmark-gfm's XML element name.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case document
        case blockQuote = "block_quote"
        case list
        case item
        case paragraph
        case heading
        case codeBlock = "code_block"
        case htmlBlock = "html_block"
        case thematicBreak = "thematic_break"
        case table
        case tableHeader = "table_header"
        case tableRow = "table_row"
        case tableCell = "table_cell"
    }

    /// What kind of block it is.
    public var kind: Kind
    /// Where the block starts.
    public var start: MarkdownPosition
    /// Where it ends: its last byte (line ending left out), or column 0 on an empty line.
    public var end: MarkdownPosition
    /// The enclosing block's index in `MarkdownDocument.blocks`; `nil` for the document.
    public var parent: Int?
    /// The child blocks' indices, in document order.
    public var children: [Int] = []
    /// The block's text, line by line: inline content for paragraphs, headings and table cells,
    /// literal lines for code and HTML blocks; empty for containers.
    public var lines: [MarkdownLine] = []
    /// A heading's level (1–6); 0 otherwise.
    public var level = 0
    /// For a task-list item (`- [ ]`, `- [x]`), whether it is ticked; `nil` otherwise.
    public var checked: Bool?
    /// A list's or item's marker: `-`, `+`, `*`, or `.`/`)` for an ordered list; empty otherwise.
    public var marker = ""
    /// An ordered list's first number; `nil` for other blocks.
    public var startNumber: Int?
    /// A fenced code block's info string; empty otherwise.
    public var info = ""

    /// Creates a block.
    public init(kind: Kind, start: MarkdownPosition, end: MarkdownPosition, parent: Int?) {
        self.kind = kind
        self.start = start
        self.end = end
        self.parent = parent
    }

    /// The block's text lines joined with `\n`.
    public var text: String { lines.map(\.text).joined(separator: "\n") }
}
