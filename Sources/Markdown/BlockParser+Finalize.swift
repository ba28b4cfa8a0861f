extension BlockParser {
    /// Closes `index`: sets its end as cmark-gfm does and tidies its content.
    ///
    /// Returns its parent.  A block closed while a later line is read ends on the line before (at
    /// that line's last byte); a fenced code block ends on the line that closes it; at the end of
    /// input, on the last line. A heading's end was set when its line was read: an ATX heading's
    /// before its closing `#`s, a setext heading's at the end of its underline (cmark-gfm ends the
    /// latter on the line after).
    @discardableResult
    mutating func finalize(_ index: Int, keepEnd: Bool = false) -> Int? {
        let parent = nodes[index].block.parent
        guard nodes[index].open else { return parent }
        nodes[index].open = false
        steps += 1
        let node = nodes[index]
        let keep = keepEnd || node.kind == .heading
        if keep {
            // set where the block was read
        } else if atEndOfInput {
            nodes[index].block.end = MarkdownPosition(line: lineNumber, column: lastLineLength)
        } else if node.kind == .document || (node.kind == .codeBlock && node.fence.fenced) {
            nodes[index].block.end = MarkdownPosition(line: lineNumber, column: lineLength)
        } else {
            nodes[index].block.end = MarkdownPosition(line: lineNumber - 1, column: lastLineLength)
        }
        switch node.kind {
        case .paragraph:
            if !resolveReferences(index) {
                nodes[index].removed = true
                if let parent, nodes[parent].block.children.last == index { nodes[parent].block.children.removeLast() }
            }
        case .codeBlock where !node.fence.fenced:
            while let last = nodes[index].block.lines.last, last.text.allSatisfy({ $0 == " " || $0 == "\t" }) {
                nodes[index].block.lines.removeLast()
            }
        default:
            break
        }
        return parent
    }

    /// Takes the link reference definitions off the start of paragraph `index`, recording them;
    /// whether text is left.
    ///
    /// The paragraph then starts at its first remaining line.
    mutating func resolveReferences(_ index: Int) -> Bool {
        let lines = nodes[index].block.lines
        guard let first = lines.first, first.text.hasPrefix("[") else { return !lines.isEmpty }
        var reader = ReferenceDefinitionReader(lines: lines, indents: nodes[index].lineIndents)
        while let definition = reader.next() {
            steps += 1
            if references[definition.label] == nil { references[definition.label] = definition.destination }
        }
        let rest = reader.remainingLines
        guard rest.count != lines.count else { return true }
        nodes[index].block.lines = rest
        nodes[index].lineIndents = Array(nodes[index].lineIndents.suffix(rest.count))
        if let start = rest.first?.position { nodes[index].block.start = start }
        return !rest.isEmpty
    }
}
