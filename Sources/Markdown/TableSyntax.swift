/// GitHub's table rows and delimiter rows (GFM spec 4.10), read as cmark-gfm reads them.
enum TableSyntax {
    /// One cell of a row: its span between the pipes and its trimmed content, as byte indices.
    struct Cell {
        /// The first byte after the opening pipe (or the row's first byte).
        var start: Int
        /// One past the last byte before the closing pipe.
        var end: Int
        /// The content without surrounding blanks.
        var contentStart: Int
        var contentEnd: Int
    }

    /// Splits `bytes[from..<to]` into cells at unescaped pipes; a leading and a trailing pipe
    /// open and close the row.
    static func cells(_ bytes: [UInt8], from: Int, to: Int) -> [Cell] {
        var cells: [Cell] = []
        var index = from
        if index < to, bytes[index] == ASCII.pipe { index += 1 }
        while index < to {
            let start = index
            while index < to, bytes[index] != ASCII.pipe {
                index += bytes[index] == ASCII.backslash && index + 1 < to && bytes[index + 1] == ASCII.pipe ? 2 : 1
            }
            let end = index
            let hasPipe = index < to
            if hasPipe { index += 1 }
            var contentStart = start
            var contentEnd = end
            while contentStart < contentEnd, ASCII.isWhitespace(bytes[contentStart]) { contentStart += 1 }
            while contentEnd > contentStart, ASCII.isWhitespace(bytes[contentEnd - 1]) { contentEnd -= 1 }
            // Blanks after the last pipe are no cell.
            if hasPipe || contentEnd > contentStart {
                cells.append(Cell(start: start, end: end, contentStart: contentStart, contentEnd: contentEnd))
            }
        }
        return cells
    }

    /// Whether a non-blank line has a cell: anything but a lone pipe and blanks.
    static func hasCell(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        var index = from
        if index < to, bytes[index] == ASCII.pipe { index += 1 }
        while index < to, ASCII.isWhitespace(bytes[index]) { index += 1 }
        return index < to
    }

    /// How many cells the row has (0 for a line that is not a row).
    static func cellCount(_ bytes: [UInt8], from: Int, to: Int) -> Int { cells(bytes, from: from, to: to).count }

    /// How many columns the delimiter row `bytes[from..<to]` (`| --- | :-: |`) has, or `nil`
    /// when it is not one.
    static func delimiterColumns(_ bytes: [UInt8], from: Int, to: Int) -> Int? {
        var index = from
        var end = to
        while end > index, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
        guard index < end else { return nil }
        if bytes[index] == ASCII.pipe { index += 1 }
        var columns = 0
        while index < end {
            while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
            if index < end, bytes[index] == ASCII.colon { index += 1 }
            let dashes = index
            while index < end, bytes[index] == ASCII.dash { index += 1 }
            guard index > dashes else { return nil }
            if index < end, bytes[index] == ASCII.colon { index += 1 }
            while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
            columns += 1
            guard index < end else { break }
            guard bytes[index] == ASCII.pipe else { return nil }
            index += 1
            while index < end, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        }
        return columns
    }

    /// A cell's text: `\|` unescaped.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == ASCII.backslash, index + 1 < bytes.endIndex, bytes[index + 1] == ASCII.pipe {
                index += 1
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
