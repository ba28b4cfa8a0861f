import Foundation

/// Decides an input's format from its content: the first bytes, then markers in the markup.
struct FormatSniffer {
    /// The bytes to look at.
    let data: Data

    /// The format, the offset where the document starts (after junk lines), or why it is not known.
    func sniff() -> Result<(format: SniffedFormat, start: Int), SniffFailure> {
        let head = data.prefix(4096)
        let bytes = [UInt8](head)
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, Self.isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else {
            return .failure(
                SniffFailure(reason: data.isEmpty ? "the input is empty" : "the input holds only whitespace"))
        }
        if bytes.contains(0) {
            return .failure(SniffFailure(reason: "the input is binary (it holds NUL bytes)"))
        }
        let headText = String(decoding: bytes[start...], as: UTF8.self)
        if headText.hasPrefix("From: <Saved by")
            || (headText.hasPrefix("MIME-Version:") || headText.hasPrefix("From:"))
                && headText.contains("multipart/related")
        {
            return .success((.mhtml, start))
        }
        if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "["),
            Self.looksLikeJSON(bytes, from: start)
        {
            return .success((.json, start))
        }
        if let markup = markupStart(bytes, from: start) {
            let rest = String(decoding: bytes[markup...], as: UTF8.self).lowercased()
            if rest.hasPrefix("<?xml") || rest.hasPrefix("<rss") || rest.hasPrefix("<feed") || rest.hasPrefix("<rdf") {
                if rest.contains("<rss") || rest.contains("<rdf:rdf") { return .success((.rss, markup)) }
                if rest.contains("<feed") { return .success((.atom, markup)) }
            }
            if rest.contains("<html") || rest.hasPrefix("<!doctype html") || rest.contains("<body")
                || rest.contains("<div")
            {
                if contains("data-react-class=\"HistoryIndex\"") { return .success((.statuspageHistoryPage, markup)) }
                if contains("class=\"status-day") || contains("class=\"incidents-list") {
                    return .success((.statuspageHomePage, markup))
                }
                if contains("incident-updates-container") || contains("update-row") || contains("incident-name") {
                    return .success((.statuspageIncidentPage, markup))
                }
                if rest.contains("<h1") || rest.contains("<h2") || contains("<h2") {
                    return .success((.postmortemHTML, markup))
                }
                return .failure(
                    SniffFailure(
                        reason:
                            "HTML without Statuspage incident, home or history markup, and without the headings of a postmortem"
                    ))
            }
            if rest.hasPrefix("<?xml") {
                return .failure(SniffFailure(reason: "XML that is neither an RSS nor an Atom feed"))
            }
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(SniffFailure(reason: "the input is not valid UTF-8 text"))
        }
        if AggregatorTextReader.looksLikeAggregator(text) { return .success((.aggregatorText, start)) }
        if StatuspagePageTextReader.looksLikePageText(text) { return .success((.statuspagePageText, start)) }
        if Self.looksLikeMarkdownPostmortem(text) { return .success((.postmortemMarkdown, start)) }
        return .failure(SniffFailure(reason: "unrecognised content"))
    }

    /// Where markup starts: the first `<` at the start of one of the first lines (a few junk lines,
    /// such as a dataset's ``` fence or a saved file's `#` header, are stepped over).
    private func markupStart(_ bytes: [UInt8], from start: Int) -> Int? {
        var lineStart = start
        for _ in 0..<4 {
            var index = lineStart
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "<") { return index }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { return nil }
            let junk = bytes[lineStart..<newline]
            guard junk.count <= 80 else { return nil }
            lineStart = newline + 1
        }
        return nil
    }

    /// Whether the whole input holds the ASCII marker.
    ///
    /// `memchr` finds candidates by the marker's rarest-looking byte (markup punctuation before
    /// letters), and `memcmp` checks each one: pages are tens of kilobytes and are searched for
    /// several markers, where `Data.range(of:)` cost more than parsing them.
    func contains(_ marker: String) -> Bool {
        data.withUnsafeBytes { Self.contains(marker, in: $0) }
    }

    /// Whether `haystack` holds the bytes of `marker` (see ``contains(_:)``).
    static func contains(_ marker: String, in haystack: UnsafeRawBufferPointer) -> Bool {
        let needle = Array(marker.utf8)
        guard !needle.isEmpty else { return true }
        let anchor = needle.firstIndex { "=\"-<>_".utf8.contains($0) } ?? 0
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
        var from = anchor
        let last = haystack.count - needle.count + anchor
        while from <= last {
            guard let hit = memchr(base + from, Int32(needle[anchor]), last - from + 1) else { return false }
            let at = base.distance(to: UnsafeRawPointer(hit))
            let matches = needle.withUnsafeBytes { memcmp(base + at - anchor, $0.baseAddress!, needle.count) == 0 }
            if matches { return true }
            from = at + 1
        }
        return false
    }

    /// Whether a `{` or `[` opens JSON: `{` then a quoted key or `}`; `[` then a value or `]`
    /// (a text line such as `[PLATFORM] Title` is not JSON).
    private static func looksLikeJSON(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start + 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return true }
        let next = bytes[index]
        if bytes[start] == UInt8(ascii: "{") { return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}") }
        return "{[]\"-0123456789tfn".utf8.contains(next)
    }

    /// Whether text is a Markdown document: YAML front matter first, or an ATX heading on one of its lines
    /// (lines end as cmark-gfm ends them: `\n`, `\r\n` or a lone `\r`).
    static func looksLikeMarkdownPostmortem(_ text: String) -> Bool {
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if ["---\n", "---\r\n", "---\r"].contains(where: trimmed.hasPrefix) { return true }
        return text.split(whereSeparator: \.isNewline).contains { line in
            let heading = line.prefix { $0 == "#" }
            return (1...6).contains(heading.count) && line.dropFirst(heading.count).first == " "
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

/// Why the sniffer could not name a format.
struct SniffFailure: Error {
    /// What was wrong.
    var reason: String
}
