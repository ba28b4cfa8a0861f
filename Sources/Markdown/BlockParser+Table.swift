extension BlockParser {
    /// Turns paragraph `index` into a table when the current line is a delimiter row with as many
    /// columns as the paragraph's last line has cells.
    ///
    /// Earlier lines stay a paragraph.
    mutating func openTable(_ index: Int) -> Bool {
        guard let header = nodes[index].block.lines.last,
            let columns = TableSyntax.delimiterColumns(bytes, from: lineStart + firstNonspace, to: lineEnd)
        else { return false }
        // Blanks cmark-gfm keeps before a continuation line count as a cell of their own.
        let indent = nodes[index].lineIndents.last ?? 0
        let rawHeader = Array(repeating: ASCII.space, count: indent) + Array(header.text.utf8)
        guard TableSyntax.cellCount(rawHeader, from: 0, to: rawHeader.count) == columns else { return false }
        let headerBytes = Array(header.text.utf8)
        let cells = TableSyntax.cells(headerBytes, from: 0, to: headerBytes.count)
        guard cells.count == columns else { return false }
        steps += cells.count
        let earlier = Array(nodes[index].block.lines.dropLast())
        if !earlier.isEmpty, let parent = nodes[index].block.parent {
            // The lines before the header keep a paragraph of their own, placed before the table.
            var paragraph = ParserNode(kind: .paragraph, start: nodes[index].block.start, parent: parent)
            paragraph.block.lines = earlier
            paragraph.lineIndents = Array(nodes[index].lineIndents.dropLast())
            let last = earlier[earlier.count - 1]
            paragraph.block.end = MarkdownPosition(
                line: last.position.line, column: last.position.column - 1 + last.text.utf8.count)
            paragraph.open = false
            let newIndex = nodes.count
            nodes.append(paragraph)
            nodes[parent].block.children.insert(newIndex, at: nodes[parent].block.children.count - 1)
        }
        nodes[index].block.kind = .table
        nodes[index].block.lines = []
        nodes[index].block.start = header.position
        nodes[index].tableColumns = columns
        let row = addRow(.tableHeader, to: index, bytes: headerBytes, cells: cells, at: header.position)
        finalizeRow(row, end: header.position.column - 1 + headerBytes.count)
        return true
    }

    /// Adds the current line as a row of table `index`: cells past the header's count are dropped.
    mutating func addTableRow(to index: Int) {
        let rowBytes = Array(bytes[(lineStart + firstNonspace)..<lineEnd])
        let cells = Array(TableSyntax.cells(rowBytes, from: 0, to: rowBytes.count).prefix(nodes[index].tableColumns))
        let start = MarkdownPosition(line: lineNumber, column: nodes[index].block.start.column)
        let row = addRow(
            .tableRow, to: index, bytes: rowBytes, cells: cells, at: position(firstNonspace), rowStart: start)
        finalizeRow(row, end: lineLength)
    }

    private mutating func addRow(
        _ kind: MarkdownBlock.Kind, to table: Int, bytes rowBytes: [UInt8], cells: [TableSyntax.Cell],
        at base: MarkdownPosition, rowStart: MarkdownPosition? = nil
    ) -> Int {
        let row = nodes.count
        nodes.append(ParserNode(kind: kind, start: rowStart ?? base, parent: table))
        nodes[table].block.children.append(row)
        for cell in cells {
            steps += 1
            let index = nodes.count
            let start = MarkdownPosition(line: base.line, column: base.column + cell.start)
            var node = ParserNode(kind: .tableCell, start: start, parent: row)
            node.block.end = MarkdownPosition(line: base.line, column: base.column + cell.end - 1)
            node.block.lines = [
                MarkdownLine(
                    text: TableSyntax.text(rowBytes[cell.contentStart..<cell.contentEnd]),
                    position: MarkdownPosition(line: base.line, column: base.column + cell.contentStart))
            ]
            node.open = false
            nodes.append(node)
            nodes[row].block.children.append(index)
        }
        return row
    }

    private mutating func finalizeRow(_ row: Int, end column: Int) {
        nodes[row].open = false
        nodes[row].block.end = MarkdownPosition(line: nodes[row].block.start.line, column: column)
    }
}
