/// GitHub's extended autolinks: `www.` addresses, `http://`, `https://` and `ftp://` URLs, and
/// e-mail addresses written without angle brackets.
extension InlineParser {
    static func mayStartBareLink(_ byte: UInt8) -> Bool {
        byte == 0x77 || byte == 0x68 || byte == 0x66 || ASCII.isAlphanumeric(byte)
    }

    /// Whether a bare link may start at `index`: at the start, after a blank or one of `*_~(`.
    func isLinkBoundary(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return ASCII.isWhitespace(previous)
            || [ASCII.star, ASCII.underscore, ASCII.tilde, ASCII.openParen].contains(previous)
    }

    /// A bare URL or e-mail address at `position`: emitted as text, its target recorded.
    mutating func bareLink() -> Bool {
        let start = position
        var target: String?
        var end = start
        for scheme in ["http://", "https://", "ftp://"] where bytes[start...].starts(with: scheme.utf8) {
            if let domain = Self.domainEnd(bytes, at: start + scheme.utf8.count, requireDot: false),
                let linkEnd = urlEnd(from: domain)
            {
                end = linkEnd
                target = String(decoding: bytes[start..<end], as: UTF8.self)
            }
        }
        if target == nil, bytes[start...].starts(with: "www.".utf8),
            let domain = Self.domainEnd(bytes, at: start + 4, requireDot: false), let linkEnd = urlEnd(from: domain)
        {
            end = linkEnd
            target = "http://" + String(decoding: bytes[start..<end], as: UTF8.self)
        }
        if target == nil, let emailEnd = bareEmailEnd(at: start) {
            end = emailEnd
            target = "mailto:" + String(decoding: bytes[start..<end], as: UTF8.self)
        }
        guard let target else {
            // Not a link: skip the rest of the word so it is not tried again byte by byte.
            var wordEnd = start + 1
            while wordEnd < bytes.count, ASCII.isAlphanumeric(bytes[wordEnd]) { wordEnd += 1 }
            position = wordEnd
            return false
        }
        flushText()
        links.append((pieces.count, target))
        emit(bytes[start..<end])
        position = end
        steps += end - start
        return true
    }

    /// The end of a URL whose domain ends at `domain`: up to a blank or `<`, without trailing
    /// punctuation, an unbalanced `)` or an entity-like `&name;`.
    func urlEnd(from domain: Int) -> Int? {
        var end = domain
        while end < bytes.count, !ASCII.isWhitespace(bytes[end]), bytes[end] != ASCII.less { end += 1 }
        while end > domain {
            let last = bytes[end - 1]
            if Array("?!.,:*_~'\"".utf8).contains(last) {
                end -= 1
            } else if last == ASCII.closeParen {
                let text = bytes[domain..<end]
                let opens = text.filter { $0 == ASCII.openParen }.count
                let closes = text.filter { $0 == ASCII.closeParen }.count
                if closes > opens { end -= 1 } else { break }
            } else if last == ASCII.semicolon {
                var start = end - 2
                while start >= domain, ASCII.isAlphanumeric(bytes[start]) { start -= 1 }
                if start >= domain, bytes[start] == ASCII.ampersand { end = start } else { break }
            } else {
                break
            }
        }
        return end
    }

    /// A bare e-mail address `local@domain.tld` at `start`: its end.
    func bareEmailEnd(at start: Int) -> Int? {
        var index = start
        let local = Array(".+-_".utf8)
        while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || local.contains(bytes[index]) { index += 1 }
        guard index > start, index < bytes.count, bytes[index] == 0x40 else { return nil }
        guard let end = Self.domainEnd(bytes, at: index + 1, requireDot: true) else { return nil }
        return end
    }
}
