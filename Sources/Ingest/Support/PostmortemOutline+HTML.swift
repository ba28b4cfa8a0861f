import IncidentModel

extension PostmortemOutline {
    /// Reads the blocks of an HTML postmortem body: headings, list items, table rows, and
    /// paragraphs (a paragraph split at `<br>`, its lines read as Markdown when they look like it;
    /// a paragraph that is all bold and not a date is a heading).
    static func blocks(html node: MarkupNode, file: String, element: String) -> [OutlineBlock] {
        var blocks: [OutlineBlock] = []
        walk(node, file: file, element: element, into: &blocks)
        return blocks
    }

    private static let blockNames: Set<String> = [
        "p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "pre",
    ]

    private static func walk(_ node: MarkupNode, file: String, element: String, into blocks: inout [OutlineBlock]) {
        var loose = MarkupTextBuffer()
        var looseLine: Int?
        func flushLoose() {
            let text = loose.collapsedLines()
            for line in text.split(separator: "\n") {
                blocks.append(
                    block(line: String(line), place: SourcePlace(file: file, line: looseLine, element: element)))
            }
            loose = MarkupTextBuffer()
            looseLine = nil
        }
        for child in node.children {
            guard child.isElement else {
                if child.isText {
                    if looseLine == nil { looseLine = child.line }
                    loose.appendText(of: child.pointer)
                }
                continue
            }
            let name = child.name
            let place = SourcePlace(file: file, line: child.line, element: element)
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flushLoose()
                blocks.append(
                    OutlineBlock(text: child.text, kind: .heading, level: Int(String(name.last!)) ?? 1, place: place))
            case "li":
                flushLoose()
                var own = MarkupTextBuffer()
                var nested: [MarkupNode] = []
                for part in child.children {
                    if part.isElement("ul") || part.isElement("ol") {
                        nested.append(part)
                    } else {
                        own.appendText(of: part.pointer)
                    }
                }
                blocks.append(OutlineBlock(text: plain(own.collapsed()), kind: .listItem, level: 0, place: place))
                for list in nested { walk(list, file: file, element: element, into: &blocks) }
            case "tr":
                flushLoose()
                let cells = child.elementChildren.filter { $0.isElement("td") || $0.isElement("th") }.map(\.text)
                blocks.append(
                    OutlineBlock(
                        text: cells.joined(separator: " | "), kind: .tableRow, level: 0, place: place, cells: cells))
            case "p":
                flushLoose()
                let elements = child.elementChildren
                let text = child.text
                if elements.count == 1, elements[0].isElement("strong") || elements[0].isElement("b"),
                    elements[0].text == text, !isDateLike(text), looksLikeHeading(text)
                {
                    blocks.append(OutlineBlock(text: text, kind: .heading, level: 3, place: place))
                    continue
                }
                for line in child.blockText.split(separator: "\n") {
                    blocks.append(block(line: String(line), place: place))
                }
            case "br":
                loose.append([0x0A])
            case "b", "strong", "em", "i", "a", "span", "code", "var", "small", "u":
                if child.firstDescendant(where: { blockNames.contains($0.name) }) != nil {
                    flushLoose()
                    walk(child, file: file, element: element, into: &blocks)
                    continue
                }
                if looseLine == nil { looseLine = child.line }
                loose.appendText(of: child.pointer)
            default:
                flushLoose()
                walk(child, file: file, element: element, into: &blocks)
            }
        }
        flushLoose()
    }
}
