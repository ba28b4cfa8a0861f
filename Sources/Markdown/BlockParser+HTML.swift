/// HTML blocks: the seven start conditions of CommonMark 0.29 (the version cmark-gfm 0.29.0.gfm
/// follows) and their end conditions.
extension BlockParser {
    static let rawTags: [[UInt8]] = ["script", "pre", "style"].map { Array($0.utf8) }
    static let blockTags: Set<[UInt8]> = Set(
        [
            "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
            "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
            "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
            "optgroup", "option", "p", "param", "section", "source", "summary", "table", "tbody", "td", "tfoot",
            "th", "thead", "title", "tr", "track", "ul",
        ].map { Array($0.utf8) })

    /// The line's bytes from `index` to its end.
    func rest(_ index: Int) -> ArraySlice<UInt8> { bytes[min(lineStart + index, lineEnd)..<lineEnd] }

    /// The start condition (1–7) an HTML block opens with at `index`, or `nil`.
    ///
    /// Condition 7 (a lone complete tag) cannot interrupt a paragraph.
    func htmlBlockStart(at index: Int, interruptsParagraph: Bool) -> Int? {
        guard peek(index) == ASCII.less else { return nil }
        let text = rest(index + 1)
        let name = Array(text.prefix { ASCII.isAlphanumeric($0) }.map(ASCII.lower))
        let afterName = text.dropFirst(name.count).first ?? ASCII.newline
        if Self.rawTags.contains(name),
            ASCII.isSpaceOrTab(afterName) || afterName == ASCII.greater || afterName == ASCII.newline
        {
            return 1
        }
        if text.starts(with: Array("!--".utf8)) { return 2 }
        if text.first == ASCII.question { return 3 }
        if text.first == ASCII.exclamation, let letter = text.dropFirst().first, (0x41...0x5A).contains(letter) {
            return 4
        }
        if text.starts(with: Array("![CDATA[".utf8)) { return 5 }
        let closing = text.first == ASCII.slash
        let tagText = closing ? text.dropFirst() : text
        let tag = Array(tagText.prefix { ASCII.isAlphanumeric($0) }.map(ASCII.lower))
        if Self.blockTags.contains(tag) {
            let after = Array(tagText.dropFirst(tag.count).prefix(2))
            let next = after.first ?? ASCII.newline
            if ASCII.isSpaceOrTab(next) || next == ASCII.newline || next == ASCII.greater
                || after == [ASCII.slash, ASCII.greater]
            {
                return 6
            }
        }
        if !interruptsParagraph, let end = HTMLTagScanner.completeTag(Array(rest(index))),
            isBlankFrom(index + end), !Self.rawTags.contains(tag)
        {
            return 7
        }
        return nil
    }

    /// Whether the line read from `index` ends an HTML block of start condition `type` (1–5;
    /// 6 and 7 end at a blank line).
    func htmlBlockEnds(_ type: Int, from index: Int) -> Bool {
        let text = rest(index)
        switch type {
        case 1:
            let lower = text.map(ASCII.lower)
            return ["</script>", "</pre>", "</style>"].contains { lower.contains(subsequence: Array($0.utf8)) }
        case 2: return text.contains(subsequence: Array("-->".utf8))
        case 3: return text.contains(subsequence: Array("?>".utf8))
        case 4: return text.contains(ASCII.greater)
        case 5: return text.contains(subsequence: Array("]]>".utf8))
        default: return false
        }
    }
}

extension Collection where Element == UInt8 {
    /// Whether `needle` occurs in the bytes.
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: needle) { return true }
            index = self.index(after: found)
        }
        return false
    }
}
