import Markdown

/// What must hold for every document the Markdown reader reads; a break traps.
enum MarkdownInvariants {
    /// Reads `text` and checks: every block is reached once from the document; each child
    /// names its parent and starts no earlier than the one before it; every position lies in
    /// the text (line 1…lines, column 0…line length + 1); each block's text reads.
    static func check(_ text: String) {
        let document = MarkdownDocument(parsing: text)
        let lineLengths = Self.lineLengths(text)
        let reached = document.descendants()
        precondition(reached.count == document.blocks.count - 1, "blocks not reached once from the document")
        precondition(Set(reached).count == reached.count, "a block is reached twice")
        for (index, block) in document.blocks.enumerated() {
            var previous: MarkdownPosition?
            for child in block.children {
                precondition(document.blocks[child].parent == index, "a child does not name its parent")
                let start = document.blocks[child].start
                if let previous { precondition(previous <= start, "children out of order") }
                previous = start
            }
            guard index > 0 else { continue }
            // A table row starts at its table's first column, as in cmark-gfm, even where the
            // row's own line is shorter; its end and its cells are checked.
            let starts = block.kind == .tableRow ? [] : [block.start]
            for position in starts + [block.end] + block.lines.map(\.position) where position.line > 0 {
                precondition(position.line <= lineLengths.count, "a line past the end: \(position)")
                precondition(
                    position.column >= 0 && position.column <= lineLengths[position.line - 1] + 1,
                    "a column past its line: \(position)")
            }
            if !block.lines.isEmpty { _ = MarkdownPlainText(block, in: document) }
        }
    }

    /// The byte length of each line (LF, CRLF and lone CR end one).
    static func lineLengths(_ text: String) -> [Int] {
        var lengths: [Int] = []
        var current = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                if previous != 0x0D { lengths.append(current) }
                current = 0
            } else if byte == 0x0D {
                lengths.append(current)
                current = 0
            } else {
                current += 1
            }
            previous = byte
        }
        lengths.append(current)
        return lengths
    }
}
