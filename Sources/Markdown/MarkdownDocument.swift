/// A Markdown document read into a tree of blocks (CommonMark with GitHub's tables and task
/// lists), every block with its exact source span.
///
/// The tree is flat: `blocks[0]` is the document and every block names its children by index,
/// so walking it needs no recursion however deep the nesting.
public struct MarkdownDocument: Sendable {
    /// Every block; `blocks[0]` is the document, the others follow in the order they open.
    public let blocks: [MarkdownBlock]
    /// Link reference definitions (`[label]: destination`), by normalized label.
    public let references: [String: String]
    /// How many steps the block parser took (line visits and container checks), to prove its
    /// time linear in tests.
    public let steps: Int

    /// Parses `text`.
    public init(parsing text: String) {
        var parser = BlockParser(bytes: Array(text.utf8))
        parser.parse()
        self.blocks = parser.publicBlocks()
        self.references = parser.references
        self.steps = parser.steps
    }

    /// The document block.
    public var root: MarkdownBlock { blocks[0] }

    /// The indices of every block below `index` in document order (depth first), without
    /// recursion.
    public func descendants(of index: Int = 0) -> [Int] {
        var result: [Int] = []
        var stack = blocks[index].children.reversed() as [Int]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: blocks[next].children.reversed())
        }
        return result
    }
}
