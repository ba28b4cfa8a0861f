import CCMarkGFM
import IncidentModel

/// Walks a cmark-gfm tree and collects its blocks as value types.
///
/// Only used while the tree is alive, inside `MarkdownPostmortemReader`; no pointer is kept.
struct MarkdownBlockWalker {
    /// The file named in every place.
    let file: String
    /// Lines before the Markdown body (front matter), added to cmark's line numbers.
    let lineOffset: Int
    /// The blocks found so far, in document order.
    private(set) var blocks: [PostmortemBlock] = []

    /// Creates a walker.
    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Visits every child block of `node`.
    mutating func visitChildren(of node: OpaquePointer) {
        var child = cmark_node_first_child(node)
        while let current = child {
            visit(current)
            child = cmark_node_next(current)
        }
    }

    private mutating func visit(_ node: OpaquePointer) {
        switch Self.type(of: node) {
        case "heading":
            let text = InlineText.collapse(Self.inlineText(of: node).text)
            blocks.append(.heading(text: text, level: Int(cmark_node_get_heading_level(node)), place: place(of: node)))
        case "paragraph":
            appendLine(node, kind: .paragraph)
        case "list":
            visitChildren(of: node)
        case "item", "tasklist":
            visitItem(node)
        case "block_quote":
            visitChildren(of: node)
        case "html_block":
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let text = InlineText.collapse(literal)
            if !text.isEmpty, !text.hasPrefix("<!--") {
                blocks.append(.line(DocumentLine(text: text, place: place(of: node), kind: .paragraph)))
            }
        case "table":
            visitTable(node)
        default:
            break
        }
    }

    /// A list item: its own paragraphs form one line; nested lists follow as lines of their own.
    private mutating func visitItem(_ node: OpaquePointer) {
        var parts: [String] = []
        var links: [String] = []
        var textPlace: SourcePlace?
        var nested: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            switch Self.type(of: current) {
            case "paragraph", "heading":
                let inline = Self.inlineText(of: current)
                parts.append(inline.text)
                links += inline.links
                if textPlace == nil { textPlace = place(of: current) }
            default:
                nested.append(current)
            }
            child = cmark_node_next(current)
        }
        let checked: Bool? =
            Self.type(of: node) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil
        let text = InlineText.collapse(parts.joined(separator: " "))
        if !text.isEmpty || checked != nil {
            blocks.append(
                .line(
                    DocumentLine(
                        text: text, place: textPlace ?? place(of: node), kind: .listItem, links: links,
                        checked: checked)))
        }
        for block in nested { visit(block) }
    }

    private mutating func visitTable(_ node: OpaquePointer) {
        var row = cmark_node_first_child(node)
        while let current = row {
            var cells: [String] = []
            var links: [String] = []
            var cell = cmark_node_first_child(current)
            while let currentCell = cell {
                let inline = Self.inlineText(of: currentCell)
                cells.append(InlineText.collapse(inline.text))
                links += inline.links
                cell = cmark_node_next(currentCell)
            }
            if cmark_gfm_extensions_get_table_row_is_header(current) != 0 {
                blocks.append(.tableHeader(cells))
            } else {
                let text = cells.filter { !$0.isEmpty }.joined(separator: " | ")
                blocks.append(
                    .line(
                        DocumentLine(text: text, place: place(of: current), kind: .tableRow, cells: cells, links: links)
                    ))
            }
            row = cmark_node_next(current)
        }
    }

    private mutating func appendLine(_ node: OpaquePointer, kind: DocumentLine.Kind) {
        let inline = Self.inlineText(of: node)
        let text = InlineText.collapse(inline.text)
        guard !text.isEmpty else { return }
        blocks.append(.line(DocumentLine(text: text, place: place(of: node), kind: kind, links: inline.links)))
    }

    private func place(of node: OpaquePointer) -> SourcePlace {
        SourcePlace(
            file: file, line: Int(cmark_node_get_start_line(node)) + lineOffset,
            column: Int(cmark_node_get_start_column(node)))
    }

    private static func type(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// The text of a block's inline content, and the link targets in it.
    private static func inlineText(of node: OpaquePointer) -> (text: String, links: [String]) {
        var text = ""
        var links: [String] = []
        appendInline(of: node, to: &text, links: &links)
        return (text, links)
    }

    private static func appendInline(of node: OpaquePointer, to text: inout String, links: inout [String]) {
        var child = cmark_node_first_child(node)
        while let current = child {
            switch type(of: current) {
            case "text", "code", "html_inline":
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case "softbreak", "linebreak":
                text += " "
            case "link":
                if let url = cmark_node_get_url(current) {
                    let target = String(cString: url)
                    if !target.isEmpty { links.append(target) }
                }
                appendInline(of: current, to: &text, links: &links)
            case "image":
                break
            default:
                appendInline(of: current, to: &text, links: &links)
            }
            child = cmark_node_next(current)
        }
    }
}
