import IncidentModel
import Markdown

/// Flattens a `MarkdownDocument` into postmortem blocks, in document order, without recursion.
struct MarkdownBlockWalker {
    /// The document read.
    let document: MarkdownDocument
    /// The file named in every place.
    let file: String
    /// Lines before the Markdown body (front matter), added to the document's line numbers.
    let lineOffset: Int

    /// The blocks: headings, paragraphs, list items (their own paragraphs as one line, nested
    /// blocks after), table rows and headers, and HTML blocks other than comments.
    func blocks() -> [PostmortemBlock] {
        var blocks: [PostmortemBlock] = []
        var pending = document.root.children.reversed() as [Int]
        while let index = pending.popLast() {
            let block = document.blocks[index]
            switch block.kind {
            case .heading:
                let text = InlineText.collapse(plain(block).text)
                blocks.append(.heading(text: text, level: block.level, place: place(block.start)))
            case .paragraph:
                let inline = plain(block)
                let text = InlineText.collapse(inline.text)
                if !text.isEmpty {
                    blocks.append(
                        .line(
                            DocumentLine(text: text, place: place(block.start), kind: .paragraph, links: inline.links)))
                }
            case .list, .blockQuote:
                pending.append(contentsOf: block.children.reversed())
            case .item:
                let nested = item(block, into: &blocks)
                pending.append(contentsOf: nested.reversed())
            case .htmlBlock:
                let text = InlineText.collapse(block.text)
                if !text.isEmpty, !text.hasPrefix("<!--") {
                    blocks.append(.line(DocumentLine(text: text, place: place(block.start), kind: .paragraph)))
                }
            case .table:
                table(block, into: &blocks)
            default:
                break
            }
        }
        return blocks
    }

    /// A list item: its own paragraphs and headings form one line; returns the nested blocks.
    private func item(_ block: MarkdownBlock, into blocks: inout [PostmortemBlock]) -> [Int] {
        var parts: [String] = []
        var links: [String] = []
        var textPlace: SourcePlace?
        var nested: [Int] = []
        for child in block.children {
            let childBlock = document.blocks[child]
            guard childBlock.kind == .paragraph || childBlock.kind == .heading else {
                nested.append(child)
                continue
            }
            let inline = plain(childBlock)
            parts.append(inline.text)
            links += inline.links
            if textPlace == nil { textPlace = place(childBlock.start) }
        }
        let text = InlineText.collapse(parts.joined(separator: " "))
        if !text.isEmpty || block.checked != nil {
            blocks.append(
                .line(
                    DocumentLine(
                        text: text, place: textPlace ?? place(block.start), kind: .listItem, links: links,
                        checked: block.checked)))
        }
        return nested
    }

    /// A table: the header's cells, then one line per row (cells padded to the header's count).
    private func table(_ block: MarkdownBlock, into blocks: inout [PostmortemBlock]) {
        var columns = 0
        for row in block.children {
            let rowBlock = document.blocks[row]
            var cells: [String] = []
            var links: [String] = []
            for cell in rowBlock.children {
                let inline = plain(document.blocks[cell])
                cells.append(InlineText.collapse(inline.text))
                links += inline.links
            }
            if rowBlock.kind == .tableHeader {
                columns = cells.count
                blocks.append(.tableHeader(cells))
                continue
            }
            if cells.count < columns { cells += Array(repeating: "", count: columns - cells.count) }
            let text = cells.filter { !$0.isEmpty }.joined(separator: " | ")
            blocks.append(
                .line(
                    DocumentLine(text: text, place: place(rowBlock.start), kind: .tableRow, cells: cells, links: links))
            )
        }
    }

    private func plain(_ block: MarkdownBlock) -> MarkdownPlainText { MarkdownPlainText(block, in: document) }

    private func place(_ position: MarkdownPosition) -> SourcePlace {
        SourcePlace(file: file, line: position.line + lineOffset, column: position.column)
    }
}
