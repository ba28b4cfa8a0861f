/// CommonMark's block-structure algorithm (spec, appendix "A parsing strategy"), line by line,
/// with GitHub's tables and task-list items; cmark-gfm's source positions.
///
/// Open blocks form a chain from the document down its last children; each line walks that chain
/// once (continuation), opens new blocks, then adds its text. Nothing recurses.
struct BlockParser {
    let bytes: [UInt8]
    var nodes: [ParserNode] = []
    var references: [String: String] = [:]
    var steps = 0

    // The current line: bytes[lineStart..<lineEnd], line ending left out.
    var lineStart = 0
    var lineEnd = 0
    var lineNumber = 0
    var lastLineLength = 0
    /// The current line's length as cmark-gfm remembers it: an ATX heading's line without its
    /// closing `#`s (which then ends the blocks closed by the next line there too).
    var rememberedLineLength: Int?
    var atEndOfInput = false

    // Where the line is being read (offset in bytes from lineStart, column with tabs expanded).
    var offset = 0
    var column = 0
    var firstNonspace = 0
    var firstNonspaceColumn = 0
    var indent = 0
    var blank = false
    var partiallyConsumedTab = false
    var thematicBreakKillPosition = -1

    /// The deepest open block.
    var tip = 0

    static let tabStop = 4
    static let codeIndent = 4

    init(bytes: [UInt8]) {
        self.bytes = bytes
        nodes.append(ParserNode(kind: .document, start: MarkdownPosition(line: 1, column: 1), parent: nil))
    }

    /// Reads every line, then closes what is still open.
    mutating func parse() {
        var start = 0
        // A byte-order mark is skipped but still counted in the first line's columns, as cmark does.
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != ASCII.newline, bytes[end] != ASCII.carriageReturn { end += 1 }
            var next = end
            if next < bytes.count {
                next +=
                    bytes[next] == ASCII.carriageReturn && next + 1 < bytes.count && bytes[next + 1] == ASCII.newline
                    ? 2 : 1
            }
            processLine(start: start, end: end, skip: start == 0 ? bom : 0)
            start = next
        }
        atEndOfInput = true
        var open: Int? = tip
        while let index = open {
            open = finalize(index)
        }
        nodes[0].block.end = MarkdownPosition(line: lineNumber, column: lastLineLength)
        if lineNumber == 0 { nodes[0].block.end = MarkdownPosition(line: 0, column: 0) }
    }

    // MARK: reading the line

    /// The byte at `index` from the line start, or a newline past its end.
    func peek(_ index: Int) -> UInt8 {
        let position = lineStart + index
        return position < lineEnd ? bytes[position] : ASCII.newline
    }

    var lineLength: Int { lineEnd - lineStart }

    mutating func findFirstNonspace() {
        var charsToTab = Self.tabStop - (column % Self.tabStop)
        firstNonspace = offset
        firstNonspaceColumn = column
        while true {
            let byte = peek(firstNonspace)
            if byte == ASCII.space {
                firstNonspace += 1
                firstNonspaceColumn += 1
                charsToTab -= 1
                if charsToTab == 0 { charsToTab = Self.tabStop }
            } else if byte == ASCII.tab {
                firstNonspace += 1
                firstNonspaceColumn += charsToTab
                charsToTab = Self.tabStop
            } else {
                break
            }
        }
        steps += firstNonspace - offset + 1
        indent = firstNonspaceColumn - column
        blank = firstNonspace >= lineLength
    }

    /// Moves `count` bytes on (`columns == false`) or `count` columns, splitting a tab if needed.
    mutating func advance(_ count: Int, columns: Bool) {
        var count = count
        while count > 0, offset < lineLength {
            if peek(offset) == ASCII.tab {
                let charsToTab = Self.tabStop - (column % Self.tabStop)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let step = min(count, charsToTab)
                    column += step
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= step
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    /// The rest of the line from `offset` as a block line (a split tab gives its spaces).
    func restOfLine(from start: Int? = nil) -> MarkdownLine {
        var from = start ?? offset
        var prefix = ""
        if start == nil, partiallyConsumedTab {
            from += 1
            prefix = String(repeating: " ", count: Self.tabStop - (column % Self.tabStop))
        }
        let text = String(decoding: bytes[(lineStart + min(from, lineLength))..<lineEnd], as: UTF8.self)
        return MarkdownLine(text: prefix + text, position: position(from))
    }

    /// The source position of the byte `index` bytes into the current line.
    func position(_ index: Int) -> MarkdownPosition { MarkdownPosition(line: lineNumber, column: index + 1) }

    // MARK: the tree

    mutating func addChild(_ kind: MarkdownBlock.Kind, to parent: Int, column: Int) -> Int {
        var parent = parent
        while !Self.canContain(nodes[parent].kind, kind) {
            parent = finalize(parent) ?? 0
            steps += 1
        }
        let index = nodes.count
        nodes.append(ParserNode(kind: kind, start: MarkdownPosition(line: lineNumber, column: column), parent: parent))
        nodes[parent].block.children.append(index)
        return index
    }

    static func canContain(_ parent: MarkdownBlock.Kind, _ child: MarkdownBlock.Kind) -> Bool {
        switch parent {
        case .document, .blockQuote, .item: child != .item && child != .tableRow && child != .tableCell
        case .list: child == .item
        case .table: child == .tableRow || child == .tableHeader
        default: false
        }
    }

    static func acceptsLines(_ kind: MarkdownBlock.Kind) -> Bool {
        kind == .paragraph || kind == .heading || kind == .codeBlock
    }

    func lastOpenChild(of index: Int) -> Int? {
        guard let last = nodes[index].block.children.last, nodes[last].open else { return nil }
        return last
    }

    /// The published blocks: removed ones dropped, indices renumbered.
    func publicBlocks() -> [MarkdownBlock] {
        var newIndex = [Int](repeating: -1, count: nodes.count)
        var count = 0
        for (index, node) in nodes.enumerated() where !node.removed {
            newIndex[index] = count
            count += 1
        }
        var result: [MarkdownBlock] = []
        result.reserveCapacity(count)
        for node in nodes where !node.removed {
            var block = node.block
            block.parent = block.parent.map { newIndex[$0] }
            block.children = block.children.compactMap { newIndex[$0] >= 0 ? newIndex[$0] : nil }
            result.append(block)
        }
        return result
    }
}
