/// Words around a time that change what it can mean: a declared zone, a future promise, a next day.
enum TextCues {
    /// The zone a text declares for its times: `All times UTC`, `(all times are US/Pacific)`,
    /// `All times in Pacific Time`, `Times are in ET`.
    static func declaredZone(in text: String, table: ZoneTable) -> String? {
        declaredZone(in: text, tokens: TimeTokenizer.tokens(in: text), table: table)
    }

    /// Words allowed between `times` and the zone.
    private static let filler: Set<String> = [
        "are", "is", "in", "shown", "listed", "given", "expressed", "reported", "below",
    ]
    /// Words before a time that promise something to come.
    private static let futureCues: Set<String> = [
        "by", "until", "till", "before", "next", "expect", "expected", "expecting", "scheduled", "planned",
        "estimated", "eta", "within", "will",
    ]

    /// `declaredZone(in:table:)` over the text's tokens, already made.
    static func declaredZone(in text: String, tokens: [TimeToken], table: ZoneTable) -> String? {
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard tokens[index].isWord("times") || tokens[index].isWord("time") || tokens[index].isWord("timestamps")
            else { continue }
            let opened = index > 0 && tokens[index - 1].isWord("all")
            var next = index + 1
            var skipped = 0
            while next < tokens.count, tokens[next].isWord(filler) || tokens[next].isPunct(":") {
                next += 1
                skipped += 1
            }
            guard opened || skipped > 0,
                let (label, _, _) = ZoneParser(tokens: tokens, table: table, text: text).zone(
                    at: next, afterSeconds: true)
            else { continue }
            return label
        }
        return nil
    }

    /// `isFuture(before:)` for the 40 characters of `text` before `index`, on bytes when they are ASCII.
    static func isFuture(in text: String, before index: String.Index) -> Bool {
        guard let words = ASCIISearch.lastWords(in: text, before: index) else {
            return isFuture(before: text[..<index].suffix(40))
        }
        return words.contains { futureCues.contains($0) }
    }

    /// Whether the words just before a time promise something to come (`next update by 10:00`,
    /// `expected until`, `scheduled for`), so the time may be after the text was posted.
    static func isFuture(before prefix: Substring) -> Bool {
        let words = prefix.lowercased().split(whereSeparator: { !$0.isLetter }).suffix(4)
        return words.contains { futureCues.contains(String($0)) }
    }

    /// Whether a line says it happened on the next day (`next day`, `following morning`, `overnight`, `+1d`).
    static func saysNextDay(_ text: String) -> Bool {
        let cues = [
            "next day", "following day", "next morning", "following morning", "overnight", "after midnight",
            "(+1)", "+1d", "+1 day", "day 2",
        ]
        if ASCIISearch.isPlainASCII(text) {
            return cues.contains { ASCIISearch.lowercasedContains(text, $0) == true }
        }
        let lower = text.lowercased()
        return cues.contains { lower.contains($0) }
    }

    /// The whole text with whitespace collapsed, shortened to `limit` characters.
    static func collapsed(_ text: String, limit: Int) -> String {
        PlainText.collapsed(text, limit: limit) ?? characterCollapsed(text, limit: limit)
    }

    /// `collapsed(_:limit:)` walking `Character`s: the reading `PlainText` must give.
    static func characterCollapsed(_ text: String, limit: Int) -> String {
        let piece = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return piece.count <= limit ? piece : String(piece.prefix(limit - 1)) + "…"
    }

    /// The sentence, list item or line around a range of text, trimmed and shortened.
    static func snippet(around range: Range<String.Index>, in text: String, limit: Int = 240) -> String {
        PlainText.snippet(around: range, in: text, limit: limit)
            ?? characterSnippet(around: range, in: text, limit: limit)
    }

    /// `snippet(around:in:limit:)` for each of `ranges` (left to right, not overlapping), each
    /// sentence walked once however many times it holds.
    static func snippets(around ranges: [Range<String.Index>], in text: String, limit: Int = 240) -> [String] {
        zip(ranges, PlainText.snippets(around: ranges, in: text, limit: limit)).map { range, fast in
            fast ?? characterSnippet(around: range, in: text, limit: limit)
        }
    }

    /// `snippet(around:in:limit:)` walking `Character`s: the reading `PlainText` must give.
    static func characterSnippet(around range: Range<String.Index>, in text: String, limit: Int = 240) -> String {
        var start = range.lowerBound
        while start > text.startIndex {
            let before = text.index(before: start)
            let character = text[before]
            if character == "\n" || character == "*" || character == "•" || character == "#" { break }
            if character == " ", before > text.startIndex {
                let punct = text[text.index(before: before)]
                if punct == "." || punct == "!" || punct == "?" { break }
            }
            start = before
        }
        var end = range.upperBound
        while end < text.endIndex {
            let character = text[end]
            if character == "\n" || character == "*" || character == "•" || character == "#" { break }
            if character == ".", text.index(after: end) == text.endIndex || text[text.index(after: end)] == " " {
                end = text.index(after: end)
                break
            }
            end = text.index(after: end)
        }
        let piece = text[start..<end].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return piece.count <= limit ? piece : String(piece.prefix(limit - 1)) + "…"
    }
}
