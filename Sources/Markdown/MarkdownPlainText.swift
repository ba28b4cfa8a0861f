/// A block's text with the inline markup taken off, and the link targets in it.
public struct MarkdownPlainText: Sendable, Hashable {
    /// The text: emphasis, code-span and link markers removed, entities and escapes decoded,
    /// images left out, raw inline HTML kept as written, line breaks as spaces.
    public var text: String
    /// The targets of the links, autolinks and bare URLs (`www.`, `https://`, e-mail
    /// addresses), in order; images' targets are not links.
    public var links: [String]
    /// How many steps reading took, to prove its time linear in tests.
    public var steps: Int

    /// Reads `lines` (a paragraph's, heading's or cell's), resolving reference links with
    /// `references`.
    public init(_ lines: [MarkdownLine], references: [String: String] = [:]) {
        var bytes: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { bytes.append(ASCII.newline) }
            bytes.append(contentsOf: line.text.utf8)
        }
        var parser = InlineParser(bytes: bytes, references: references)
        parser.parse()
        self.text = parser.text()
        self.links = parser.linkTargets()
        self.steps = parser.steps
    }

    /// Reads the lines of `block` in `document`.
    public init(_ block: MarkdownBlock, in document: MarkdownDocument) {
        self.init(block.lines, references: document.references)
    }
}
