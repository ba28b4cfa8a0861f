import Foundation
import IncidentModel

/// Walks an HTML postmortem's body and collects its blocks as value types.
///
/// Used only while the `MarkupDocument` is alive, inside `HTMLPostmortemReader`.
struct HTMLBlockWalker {
    /// The file named in every place.
    let file: String
    /// The source lines, for the column of each element's start tag.
    private let sourceLines: [Substring]
    /// The blocks found so far, in document order.
    private(set) var blocks: [PostmortemBlock] = []

    private static let containers: Set<String> = [
        "div", "section", "article", "main", "header", "footer", "blockquote", "body", "details", "aside", "nav",
        "center", "form",
    ]

    /// Creates a walker over the HTML `source` of `file`.
    init(file: String, source: String) {
        self.file = file
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Visits the element children of `node`.
    mutating func visitChildren(of node: MarkupNode) {
        for child in node.elementChildren { visit(child) }
    }

    private mutating func visit(_ node: MarkupNode) {
        let name = node.name
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(name.dropFirst())) ?? 1
            blocks.append(.heading(text: node.text, level: level, place: place(of: node)))
        case "p", "dt", "dd":
            let text = node.text
            if !text.isEmpty {
                blocks.append(
                    .line(DocumentLine(text: text, place: place(of: node), kind: .paragraph, links: links(in: node))))
            }
        case "ul", "ol", "dl":
            visitChildren(of: node)
        case "li":
            visitItem(node)
        case "table":
            visitTable(node)
        default:
            if Self.containers.contains(name) { visitChildren(of: node) }
        }
    }

    private mutating func visitItem(_ node: MarkupNode) {
        var own: [String] = []
        var nested: [MarkupNode] = []
        var links: [String] = []
        var checked: Bool?
        for child in node.children {
            if child.isElement("ul") || child.isElement("ol") {
                nested.append(child)
                continue
            }
            if child.isElement("input"), child.attribute("type")?.lowercased() == "checkbox" {
                checked = child.attribute("checked") != nil
            }
            own.append(child.text)
            if child.isElement("a"), let href = child.attribute("href") { links.append(href) }
            if child.isElement { links += self.links(in: child) }
        }
        let text = InlineText.collapse(own.joined(separator: " "))
        if !text.isEmpty || checked != nil {
            blocks.append(
                .line(DocumentLine(text: text, place: place(of: node), kind: .listItem, links: links, checked: checked))
            )
        }
        for list in nested { visit(list) }
    }

    private mutating func visitTable(_ node: MarkupNode) {
        let rows = node.descendants(descendIntoMatches: false) { $0.isElement("tr") }
        for row in rows {
            let cellNodes = row.elementChildren.filter { $0.isElement("td") || $0.isElement("th") }
            let cells = cellNodes.map(\.text)
            let inHead = row.parent?.isElement("thead") == true
            if inHead || (!cellNodes.isEmpty && cellNodes.allSatisfy { $0.isElement("th") }) {
                blocks.append(.tableHeader(cells))
            } else if !cells.isEmpty {
                let text = cells.filter { !$0.isEmpty }.joined(separator: " | ")
                blocks.append(
                    .line(
                        DocumentLine(
                            text: text, place: place(of: row), kind: .tableRow, cells: cells, links: links(in: row))))
            }
        }
    }

    private func links(in node: MarkupNode) -> [String] {
        node.descendants { $0.isElement("a") }.compactMap { $0.attribute("href") }.filter { !$0.isEmpty }
    }

    /// The element's line, and the column of its start tag on that line (else of the line's text).
    func place(of node: MarkupNode) -> SourcePlace {
        guard let line = node.line else { return SourcePlace(file: file, line: 1, column: 1) }
        var column = 1
        if line - 1 < sourceLines.count {
            let text = sourceLines[line - 1]
            if let range = text.range(of: "<" + node.name) {
                column = text.utf8.distance(from: text.startIndex, to: range.lowerBound) + 1
            } else if let first = text.firstIndex(where: { !$0.isWhitespace }) {
                column = text.utf8.distance(from: text.startIndex, to: first) + 1
            }
        }
        return SourcePlace(file: file, line: line, column: column)
    }
}
