/// Reads an HTML open or closing tag as CommonMark defines one (spec 6.6, "Raw HTML").
enum HTMLTagScanner {
    /// The length of the open tag (`<name attr="v" />`) or closing tag (`</name >`) that `text`
    /// starts with, or `nil`.
    static func completeTag(_ text: [UInt8]) -> Int? {
        guard text.first == ASCII.less else { return nil }
        var index = 1
        let closing = index < text.count && text[index] == ASCII.slash
        if closing { index += 1 }
        guard index < text.count, ASCII.isLetter(text[index]) else { return nil }
        while index < text.count, ASCII.isAlphanumeric(text[index]) || text[index] == ASCII.dash { index += 1 }
        if closing {
            while index < text.count, ASCII.isWhitespace(text[index]) { index += 1 }
            return index < text.count && text[index] == ASCII.greater ? index + 1 : nil
        }
        while true {
            let spaceStart = index
            while index < text.count, ASCII.isWhitespace(text[index]) { index += 1 }
            guard index < text.count else { return nil }
            if text[index] == ASCII.greater { return index + 1 }
            if text[index] == ASCII.slash {
                return index + 1 < text.count && text[index + 1] == ASCII.greater ? index + 2 : nil
            }
            guard index > spaceStart, isAttributeNameStart(text[index]) else { return nil }
            while index < text.count, isAttributeName(text[index]) { index += 1 }
            var lookahead = index
            while lookahead < text.count, ASCII.isWhitespace(text[lookahead]) { lookahead += 1 }
            guard lookahead < text.count, text[lookahead] == ASCII.equals else { continue }
            lookahead += 1
            while lookahead < text.count, ASCII.isWhitespace(text[lookahead]) { lookahead += 1 }
            guard lookahead < text.count else { return nil }
            let quote = text[lookahead]
            if quote == ASCII.quote || quote == ASCII.apostrophe {
                guard let close = text[(lookahead + 1)...].firstIndex(of: quote) else { return nil }
                index = close + 1
            } else {
                let start = lookahead
                while lookahead < text.count, !isUnquotedStop(text[lookahead]) { lookahead += 1 }
                guard lookahead > start else { return nil }
                index = lookahead
            }
        }
    }

    static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || byte == ASCII.underscore || byte == ASCII.colon
    }

    static func isAttributeName(_ byte: UInt8) -> Bool {
        isAttributeNameStart(byte) || ASCII.isDigit(byte) || byte == ASCII.dot || byte == ASCII.dash
    }

    static func isUnquotedStop(_ byte: UInt8) -> Bool {
        ASCII.isWhitespace(byte)
            || [
                ASCII.quote, ASCII.apostrophe, ASCII.equals, ASCII.less, ASCII.greater,
                ASCII.backtick,
            ].contains(byte)
    }
}
