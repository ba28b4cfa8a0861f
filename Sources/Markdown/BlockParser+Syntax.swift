/// The block start markers, read from the current line at a byte offset.
extension BlockParser {
    /// A list marker: its length in bytes and what it says.
    struct ListMarker {
        var length: Int
        var data: ParserNode.ListData
    }

    /// Whether only spaces and tabs follow `index` on the line.
    func isBlankFrom(_ index: Int) -> Bool {
        var index = index
        while ASCII.isSpaceOrTab(peek(index)) { index += 1 }
        return index >= lineLength
    }

    /// `#` to `######` followed by a space, a tab or the line end: the heading's level.
    func atxLevel(at index: Int) -> Int? {
        var count = 0
        while peek(index + count) == ASCII.hash, count < 7 { count += 1 }
        guard (1...6).contains(count) else { return nil }
        let next = peek(index + count)
        return ASCII.isSpaceOrTab(next) || next == ASCII.newline ? count : nil
    }

    /// Three or more backticks or tildes (a backtick fence's info string has no backtick).
    func openingFence(at index: Int) -> (length: Int, info: String)? {
        let character = peek(index)
        guard character == ASCII.backtick || character == ASCII.tilde else { return nil }
        var length = 0
        while peek(index + length) == character { length += 1 }
        guard length >= 3 else { return nil }
        let rest = bytes[(lineStart + index + length)..<lineEnd]
        if character == ASCII.backtick, rest.contains(ASCII.backtick) { return nil }
        let info = String(decoding: rest, as: UTF8.self).trimmingSpaces()
        return (length, info)
    }

    /// The length of a closing fence run of `character` at `index` (only blanks after it), or 0.
    func closingFenceLength(at index: Int, character: UInt8) -> Int {
        var length = 0
        while peek(index + length) == character { length += 1 }
        guard length >= 3, isBlankFrom(index + length) else { return 0 }
        return length
    }

    /// A setext underline (`===` level 1, `---` level 2, blanks after).
    func setextLevel(at index: Int) -> Int? {
        let character = peek(index)
        guard character == ASCII.equals || character == ASCII.dash else { return nil }
        var end = index
        while peek(end) == character { end += 1 }
        guard isBlankFrom(end) else { return nil }
        return character == ASCII.equals ? 1 : 2
    }

    /// Three or more `*`, `-` or `_` with only blanks between; where the scan failed otherwise.
    func thematicBreak(at index: Int) -> (matches: Bool, failedAt: Int?) {
        let character = peek(index)
        guard character == ASCII.star || character == ASCII.dash || character == ASCII.underscore else {
            return (false, nil)
        }
        var count = 0
        var position = index
        while position < lineLength {
            let byte = peek(position)
            if byte == character {
                count += 1
            } else if !ASCII.isSpaceOrTab(byte) {
                return (false, position)
            }
            position += 1
        }
        return count >= 3 ? (true, nil) : (false, position)
    }

    /// A bullet (`-`, `+`, `*`) or an ordered marker (up to nine digits and `.` or `)`), followed
    /// by a blank or the line end.
    ///
    /// Interrupting a paragraph, the item must have text, and an ordered one must start at 1.
    func listMarker(at index: Int, interruptsParagraph: Bool) -> ListMarker? {
        let first = peek(index)
        var data = ParserNode.ListData()
        var length: Int
        if first == ASCII.star || first == ASCII.plus || first == ASCII.dash {
            data.bullet = first
            length = 1
        } else if ASCII.isDigit(first) {
            length = 0
            var number = 0
            while ASCII.isDigit(peek(index + length)), length < 10 {
                number = number * 10 + Int(peek(index + length) - 0x30)
                length += 1
            }
            let delimiter = peek(index + length)
            guard length <= 9, delimiter == ASCII.dot || delimiter == ASCII.closeParen else { return nil }
            data.ordered = true
            data.start = number
            data.delimiter = delimiter
            length += 1
            if interruptsParagraph, number != 1 { return nil }
        } else {
            return nil
        }
        let next = peek(index + length)
        guard ASCII.isSpaceOrTab(next) || next == ASCII.newline else { return nil }
        if interruptsParagraph, isBlankFrom(index + length) { return nil }
        return ListMarker(length: length, data: data)
    }

    /// `[ ]`, `[x]` or `[X]` followed by a blank: whether it is ticked.
    func taskBox(at index: Int) -> Bool? {
        guard peek(index) == ASCII.openBracket, peek(index + 2) == ASCII.closeBracket,
            ASCII.isSpaceOrTab(peek(index + 3))
        else { return nil }
        switch peek(index + 1) {
        case ASCII.space: return false
        case 0x78, 0x58: return true
        default: return nil
        }
    }

    /// The line's length once trailing blanks and an ATX closing sequence (`#`s after a blank)
    /// are taken off, as cmark's `chop_trailing_hashtags` does.
    func lengthWithoutClosingSequence() -> Int {
        var length = lineLength
        while length > 0, ASCII.isWhitespace(peek(length - 1)) { length -= 1 }
        var position = length - 1
        while position >= 0, peek(position) == ASCII.hash { position -= 1 }
        if position != length - 1, position >= 0, ASCII.isSpaceOrTab(peek(position)) {
            length = position
            while length > 0, ASCII.isWhitespace(peek(length - 1)) { length -= 1 }
        }
        return length
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingSpaces() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, ASCII.isWhitespace(bytes[start]) { start += 1 }
        while end > start, ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
