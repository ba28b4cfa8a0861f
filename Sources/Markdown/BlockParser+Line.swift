extension BlockParser {
    /// Reads one line: continues the open blocks it matches, opens new ones, adds its text.
    mutating func processLine(start: Int, end: Int, skip: Int) {
        lineStart = start
        lineEnd = end
        lineNumber += 1
        offset = skip
        column = 0
        blank = false
        partiallyConsumedTab = false
        thematicBreakKillPosition = -1
        steps += 1
        rememberedLineLength = nil
        defer { lastLineLength = rememberedLineLength ?? lineLength }

        guard let (matched, allMatched) = continueOpenBlocks() else { return }
        var container = matched
        openNewBlocks(&container, allMatched: allMatched)
        addText(to: container, lastMatched: matched)
    }

    /// Step 1: walks the open chain while each block's continuation marker is there.
    ///
    /// Returns the last matched block, whether every open block matched, or `nil` when the line was
    /// a closing code fence (nothing more to do).
    mutating func continueOpenBlocks() -> (Int, Bool)? {
        var container = 0
        while let child = lastOpenChild(of: container) {
            container = child
            steps += 1
            findFirstNonspace()
            switch continuation(of: container) {
            case .matched: continue
            case .failed: return (nodes[container].block.parent ?? 0, false)
            case .lineDone: return nil
            }
        }
        return (container, true)
    }

    enum Continuation { case matched, failed, lineDone }

    mutating func continuation(of container: Int) -> Continuation {
        switch nodes[container].kind {
        case .blockQuote:
            guard indent <= 3, peek(firstNonspace) == ASCII.greater else { return .failed }
            advance(indent + 1, columns: true)
            if ASCII.isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
            return .matched
        case .item:
            let list = nodes[container].list
            if indent >= list.markerOffset + list.padding {
                advance(list.markerOffset + list.padding, columns: true)
            } else if blank, !nodes[container].block.children.isEmpty {
                advance(firstNonspace - offset, columns: false)
            } else {
                return .failed
            }
            return .matched
        case .codeBlock:
            return codeContinuation(container)
        case .heading:
            return .failed
        case .htmlBlock:
            return nodes[container].htmlType >= 6 && blank ? .failed : .matched
        case .paragraph:
            return blank ? .failed : .matched
        case .table:
            return !blank && TableSyntax.hasCell(bytes, from: lineStart + firstNonspace, to: lineEnd)
                ? .matched : .failed
        default:
            return .matched
        }
    }

    private mutating func codeContinuation(_ container: Int) -> Continuation {
        let fence = nodes[container].fence
        if !fence.fenced {
            if indent >= Self.codeIndent {
                advance(Self.codeIndent, columns: true)
            } else if blank {
                advance(firstNonspace - offset, columns: false)
            } else {
                return .failed
            }
            return .matched
        }
        if indent <= 3, peek(firstNonspace) == fence.character {
            let length = closingFenceLength(at: firstNonspace, character: fence.character)
            if length >= fence.length {
                advance(firstNonspace + length - offset, columns: false)
                tip = finalize(container) ?? 0
                return .lineDone
            }
        }
        var remaining = fence.offset
        while remaining > 0, ASCII.isSpaceOrTab(peek(offset)) {
            advance(1, columns: true)
            remaining -= 1
        }
        return .matched
    }

    /// Step 3: the line's text goes to the tip as a lazy continuation, or to `container` (the
    /// blocks left unmatched are closed first), or opens a paragraph.
    mutating func addText(to container: Int, lastMatched: Int) {
        var container = container
        findFirstNonspace()
        if blank, let last = nodes[container].block.children.last { nodes[last].lastLineBlank = true }
        let kind = nodes[container].kind
        let isEmptyItemStartingHere =
            kind == .item && nodes[container].block.children.isEmpty
            && nodes[container].block.start.line == lineNumber
        nodes[container].lastLineBlank =
            blank && kind != .blockQuote && !(kind == .codeBlock && nodes[container].fence.fenced)
            && !isEmptyItemStartingHere
        var ancestor = nodes[container].block.parent
        while let index = ancestor {
            steps += 1
            nodes[index].lastLineBlank = false
            ancestor = nodes[index].block.parent
        }

        if tip != lastMatched, container == lastMatched, !blank, nodes[tip].kind == .paragraph {
            nodes[tip].block.lines.append(paragraphLine())
            nodes[tip].lineIndents.append(firstNonspace - offset)
            return
        }
        while tip != lastMatched, let parent = finalize(tip) { tip = parent }
        switch nodes[container].kind {
        case .codeBlock:
            // A fence's own line (its info string) is not content.
            if !(nodes[container].fence.fenced && nodes[container].block.start.line == lineNumber) {
                nodes[container].block.lines.append(restOfLine())
            }
        case .htmlBlock:
            nodes[container].block.lines.append(restOfLine())
            if htmlBlockEnds(nodes[container].htmlType, from: firstNonspace) {
                nodes[container].block.end = MarkdownPosition(line: lineNumber, column: lineLength)
                container = finalize(container, keepEnd: true) ?? 0
            }
        case .table:
            if !blank { addTableRow(to: container) }
        case .paragraph where !blank:
            nodes[container].block.lines.append(paragraphLine())
            nodes[container].lineIndents.append(0)
        case .heading:
            if !nodes[container].setext {
                // cmark takes the closing `#`s off the whole line; the heading ends where they start.
                let length = lengthWithoutClosingSequence()
                var line = restOfLine(from: firstNonspace)
                line.text = String(
                    decoding: bytes[(lineStart + min(firstNonspace, length))..<(lineStart + length)], as: UTF8.self)
                nodes[container].block.lines.append(line)
                nodes[container].block.end = MarkdownPosition(line: lineNumber, column: length)
                rememberedLineLength = length
            }
        default:
            if !blank {
                container = addChild(.paragraph, to: container, column: firstNonspace + 1)
                nodes[container].block.lines.append(paragraphLine())
                nodes[container].lineIndents.append(0)
            }
        }
        tip = container
    }

    /// The line from its first non-space byte, for a paragraph (leading blanks are not content).
    func paragraphLine() -> MarkdownLine { restOfLine(from: firstNonspace) }
}
