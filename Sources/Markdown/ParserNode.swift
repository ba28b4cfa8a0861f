/// A block while it is being parsed: the public block and the state only the parser needs.
struct ParserNode {
    /// The block as it will be published.
    var block: MarkdownBlock
    /// Whether the block can still take lines.
    var open = true
    /// Whether the last line the block took was blank (for loose lists).
    var lastLineBlank = false
    /// A list's or item's marker data.
    var list = ListData()
    /// A code block's fence (`fenced == false` for indented code).
    var fence = FenceData()
    /// A heading written with an underline.
    var setext = false
    /// An HTML block's start condition (1–7).
    var htmlType = 0
    /// A table's column count.
    var tableColumns = 0
    /// For each paragraph line, the blanks before its text that cmark-gfm keeps in the
    /// paragraph's content (a lazy continuation line is added from where the matched containers
    /// end, not from its first non-blank): they make a table header or a reference definition
    /// on that line read as cmark-gfm reads it.
    var lineIndents: [Int] = []
    /// Whether the block was taken out of the tree (a paragraph of reference definitions only).
    var removed = false

    /// What a list marker says.
    struct ListData {
        var ordered = false
        var bullet: UInt8 = 0
        var delimiter: UInt8 = 0
        var start = 0
        var markerOffset = 0
        var padding = 0
    }

    /// What a code fence says.
    struct FenceData {
        var fenced = false
        var character: UInt8 = 0
        var length = 0
        var offset = 0
    }

    init(kind: MarkdownBlock.Kind, start: MarkdownPosition, parent: Int?) {
        block = MarkdownBlock(kind: kind, start: start, end: start, parent: parent)
    }

    var kind: MarkdownBlock.Kind { block.kind }
}
