extension BlockParser {
    /// Step 2: opens the blocks whose start markers follow, innermost last.
    mutating func openNewBlocks(_ container: inout Int, allMatched: Bool) {
        var maybeLazy = nodes[tip].kind == .paragraph
        while nodes[container].kind != .codeBlock, nodes[container].kind != .htmlBlock {
            steps += 1
            findFirstNonspace()
            let indented = indent >= Self.codeIndent
            let kind = nodes[container].kind
            let first = peek(firstNonspace)
            if !indented, first == ASCII.greater {
                advance(firstNonspace + 1 - offset, columns: false)
                if ASCII.isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
                container = addChild(.blockQuote, to: container, column: firstNonspace + 1)
            } else if !indented, let level = atxLevel(at: firstNonspace) {
                advance(firstNonspace + level - offset, columns: false)
                container = addChild(.heading, to: container, column: firstNonspace + 1)
                nodes[container].block.level = level
            } else if !indented, let fence = openingFence(at: firstNonspace) {
                container = addChild(.codeBlock, to: container, column: firstNonspace + 1)
                nodes[container].fence = ParserNode.FenceData(
                    fenced: true, character: first, length: fence.length, offset: firstNonspace - offset)
                nodes[container].block.info = fence.info
                advance(lineLength - offset, columns: false)
            } else if !indented,
                let type = htmlBlockStart(at: firstNonspace, interruptsParagraph: kind == .paragraph)
            {
                container = addChild(.htmlBlock, to: container, column: firstNonspace + 1)
                nodes[container].htmlType = type
            } else if !indented, kind == .paragraph, let level = setextLevel(at: firstNonspace) {
                // A paragraph of reference definitions only takes the underline as its text.
                guard resolveReferences(container) else { break }
                nodes[container].block.kind = .heading
                nodes[container].block.level = level
                nodes[container].setext = true
                nodes[container].block.end = MarkdownPosition(line: lineNumber, column: lineLength)
                advance(lineLength - offset, columns: false)
            } else if !indented, !(kind == .paragraph && !allMatched), thematicBreakKillPosition <= firstNonspace,
                scanThematicBreak()
            {
                container = addChild(.thematicBreak, to: container, column: firstNonspace + 1)
                advance(lineLength - offset, columns: false)
            } else if !indented,
                let marker = listMarker(at: firstNonspace, interruptsParagraph: kind == .paragraph)
            {
                openListItem(&container, marker: marker)
            } else if indented, !maybeLazy, !blank {
                advance(Self.codeIndent, columns: true)
                container = addChild(.codeBlock, to: container, column: offset + 1)
            } else if !indented, kind == .paragraph, openTable(container) {
                // The paragraph became a table; its delimiter row is read.
                advance(lineLength - offset, columns: false)
            } else if kind == .item, nodes[container].block.children.isEmpty,
                nodes[container].block.start.line == lineNumber, nodes[container].block.checked == nil,
                let checked = taskBox(at: firstNonspace)
            {
                // GitHub's task-list item: the box is taken off and the text follows.
                nodes[container].block.checked = checked
                advance(firstNonspace + 3 - offset, columns: false)
                break
            } else {
                break
            }
            if Self.acceptsLines(nodes[container].kind) { break }
            maybeLazy = false
        }
    }

    private mutating func scanThematicBreak() -> Bool {
        let result = thematicBreak(at: firstNonspace)
        if let failure = result.failedAt { thematicBreakKillPosition = failure }
        return result.matches
    }

    private mutating func openListItem(_ container: inout Int, marker: ListMarker) {
        var data = marker.data
        advance(firstNonspace + marker.length - offset, columns: false)
        let savedTab = partiallyConsumedTab
        let savedOffset = offset
        let savedColumn = column
        while column - savedColumn <= 5, ASCII.isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
        let spaces = column - savedColumn
        if spaces >= 5 || spaces < 1 || offset >= lineLength {
            data.padding = marker.length + 1
            offset = savedOffset
            column = savedColumn
            partiallyConsumedTab = savedTab
            if spaces > 0 { advance(1, columns: true) }
        } else {
            data.padding = marker.length + spaces
        }
        data.markerOffset = indent
        let markerText = data.ordered ? String(UnicodeScalar(data.delimiter)) : String(UnicodeScalar(data.bullet))
        if nodes[container].kind != .list || !Self.listsMatch(nodes[container].list, data) {
            container = addChild(.list, to: container, column: firstNonspace + 1)
            nodes[container].list = data
            nodes[container].block.marker = markerText
            nodes[container].block.startNumber = data.ordered ? data.start : nil
        }
        container = addChild(.item, to: container, column: firstNonspace + 1)
        nodes[container].list = data
        nodes[container].block.marker = markerText
        nodes[container].block.startNumber = data.ordered ? data.start : nil
    }

    static func listsMatch(_ list: ParserNode.ListData, _ item: ParserNode.ListData) -> Bool {
        list.ordered == item.ordered && list.delimiter == item.delimiter && list.bullet == item.bullet
    }
}
