/// Reads link reference definitions (`[label]: destination "title"`) off the start of a
/// paragraph's lines (CommonMark spec 4.7).
struct ReferenceDefinitionReader {
    /// One definition.
    struct Definition {
        var label: String
        var destination: String
    }

    private let lines: [MarkdownLine]
    /// The blanks cmark-gfm keeps before each line: a definition cannot start after them.
    private let indents: [Int]
    private let text: [UInt8]
    /// The offset in `text` where each line starts.
    private let lineStarts: [Int]
    private var position = 0

    init(lines: [MarkdownLine], indents: [Int]) {
        self.lines = lines
        self.indents = indents
        var text: [UInt8] = []
        var starts: [Int] = []
        for line in lines {
            starts.append(text.count)
            text.append(contentsOf: line.text.utf8)
            text.append(ASCII.newline)
        }
        self.text = text
        self.lineStarts = starts
    }

    /// The lines after the definitions read so far.
    var remainingLines: [MarkdownLine] {
        guard let first = lineStarts.firstIndex(where: { $0 >= position }) else { return [] }
        return Array(lines[first...])
    }

    /// The next definition, or `nil` (reading stops at the first text that is not one).
    mutating func next() -> Definition? {
        guard let (definition, end) = definition(at: position) else { return nil }
        position = end
        return definition
    }

    private func definition(at start: Int) -> (Definition, Int)? {
        if let line = lineStarts.firstIndex(of: start), line < indents.count, indents[line] > 0 { return nil }
        var index = start
        while index < text.count, ASCII.isSpaceOrTab(text[index]) { index += 1 }
        guard let (label, afterLabel) = Self.label(text, at: index), afterLabel < text.count,
            text[afterLabel] == ASCII.colon
        else { return nil }
        index = skipBlanks(afterLabel + 1, newlines: 1)
        guard let (destination, afterDestination) = Self.destination(text, at: index) else { return nil }
        // Without a title the definition must end its line.
        let lineEndAfterDestination = lineEnd(from: afterDestination)
        let titleStart = skipBlanks(afterDestination, newlines: 1)
        if titleStart > afterDestination, let afterTitle = title(at: titleStart), let end = lineEnd(from: afterTitle) {
            return (Definition(label: label, destination: destination), end)
        }
        guard let end = lineEndAfterDestination else { return nil }
        return (Definition(label: label, destination: destination), end)
    }

    /// The offset just past the line end if only blanks follow `index` on its line.
    private func lineEnd(from index: Int) -> Int? {
        var index = index
        while index < text.count, ASCII.isSpaceOrTab(text[index]) { index += 1 }
        guard index < text.count, text[index] == ASCII.newline else { return index >= text.count ? index : nil }
        return index + 1
    }

    private func skipBlanks(_ start: Int, newlines: Int) -> Int {
        var index = start
        var newlines = newlines
        while index < text.count {
            if ASCII.isSpaceOrTab(text[index]) {
                index += 1
            } else if text[index] == ASCII.newline, newlines > 0 {
                newlines -= 1
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// `[label]`: up to 999 bytes, no unescaped bracket inside, not blank.
    ///
    /// Normalized: lower case, inner whitespace collapsed.
    static func label(_ text: [UInt8], at start: Int) -> (String, Int)? {
        guard start < text.count, text[start] == ASCII.openBracket else { return nil }
        var index = start + 1
        while index < text.count, index - start <= 1000 {
            switch text[index] {
            case ASCII.backslash: index += 2
            case ASCII.openBracket: return nil
            case ASCII.closeBracket:
                let label = normalize(text[(start + 1)..<index])
                return label.isEmpty ? nil : (label, index + 1)
            default: index += 1
            }
        }
        return nil
    }

    /// A label as references match it: case folded, whitespace runs as one space, trimmed.
    static func normalize(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).lowercased().split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
    }

    /// `<destination>` or a run without blanks or control bytes and with balanced parentheses.
    static func destination(_ text: [UInt8], at start: Int) -> (String, Int)? {
        guard start < text.count else { return nil }
        var index = start
        if text[index] == ASCII.less {
            index += 1
            while index < text.count, text[index] != ASCII.greater {
                if text[index] == ASCII.newline || text[index] == ASCII.less { return nil }
                index += text[index] == ASCII.backslash ? 2 : 1
            }
            guard index < text.count else { return nil }
            return (String(decoding: text[(start + 1)..<index], as: UTF8.self), index + 1)
        }
        var depth = 0
        while index < text.count, text[index] > ASCII.space, text[index] != 0x7F {
            if text[index] == ASCII.backslash, index + 1 < text.count, ASCII.isPunctuation(text[index + 1]) {
                index += 2
                continue
            }
            if text[index] == ASCII.openParen { depth += 1 }
            if text[index] == ASCII.closeParen {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        guard index > start, depth == 0 else { return nil }
        return (String(decoding: text[start..<index], as: UTF8.self), index)
    }

    /// A title in `"…"`, `'…'` or `(…)` (no blank line inside): the offset after it.
    private func title(at start: Int) -> Int? {
        guard start < text.count else { return nil }
        let open = text[start]
        let close: UInt8
        switch open {
        case ASCII.quote, ASCII.apostrophe: close = open
        case ASCII.openParen: close = ASCII.closeParen
        default: return nil
        }
        var index = start + 1
        while index < text.count {
            let byte = text[index]
            if byte == ASCII.backslash {
                index += 2
                continue
            }
            if byte == close { return index + 1 }
            if open == ASCII.openParen, byte == ASCII.openParen { return nil }
            if byte == ASCII.newline, index + 1 < text.count, text[index + 1] == ASCII.newline { return nil }
            index += 1
        }
        return nil
    }
}
