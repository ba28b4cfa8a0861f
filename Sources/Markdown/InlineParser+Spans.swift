extension InlineParser {
    /// A code span: the run's content up to the next run of the same length, line ends as
    /// spaces, one surrounding space taken off; without a closer the backticks are text.
    mutating func codeSpan() {
        let start = position
        var end = start
        while peek(end) == ASCII.backtick { end += 1 }
        let length = end - start
        var cursor = backtickCursor[length, default: 0]
        let runs = backtickRuns[length, default: []]
        while cursor < runs.count, runs[cursor] < end {
            cursor += 1
            steps += 1
        }
        backtickCursor[length] = cursor
        guard cursor < runs.count else {
            emit(bytes[start..<end])
            position = end
            return
        }
        let close = runs[cursor]
        var content = bytes[end..<close].map { $0 == ASCII.newline ? ASCII.space : $0 }
        if content.count >= 2, content.first == ASCII.space, content.last == ASCII.space,
            content.contains(where: { $0 != ASCII.space })
        {
            content = Array(content.dropFirst().dropLast())
        }
        emit(String(decoding: content, as: UTF8.self))
        position = close + length
        steps += close - end
    }

    /// A run of `*`, `_` or `~`: text that may later turn out to be emphasis markers.
    mutating func delimiterRun(_ character: UInt8) {
        let start = position
        var end = start
        while peek(end) == character { end += 1 }
        let count = end - start
        position = end
        emit(bytes[start..<end])
        if character == ASCII.tilde, count > 2 { return }
        let before = Self.scalar(before: start, in: bytes)
        let after = Self.scalar(at: end, in: bytes)
        let leftFlanking =
            !after.isMarkdownWhitespace
            && (!after.isMarkdownPunctuation || before.isMarkdownWhitespace || before.isMarkdownPunctuation)
        let rightFlanking =
            !before.isMarkdownWhitespace
            && (!before.isMarkdownPunctuation || after.isMarkdownWhitespace || after.isMarkdownPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if character == ASCII.underscore {
            canOpen = leftFlanking && (!rightFlanking || before.isMarkdownPunctuation)
            canClose = rightFlanking && (!leftFlanking || after.isMarkdownPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        guard canOpen || canClose else { return }
        pushDelimiter(
            Delimiter(
                piece: pieces.count - 1, character: character, count: count, original: count, canOpen: canOpen,
                canClose: canClose))
    }

    mutating func pushBracket(image: Bool, length: Int) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        emit(bytes[position..<(position + length)])
        brackets.append(
            Bracket(
                piece: pieces.count - 1, image: image, delimiterCount: delimiters.count,
                textStart: position + length))
        position += length
    }

    /// `]`: a link or image when an open bracket is waiting and a destination or a known
    /// reference follows; otherwise text.
    mutating func closeBracket() {
        guard let opener = brackets.last else { return }
        flushText()
        let afterBracket = position + 1
        guard opener.active else {
            brackets.removeLast()
            return
        }
        var target: String?
        var end = afterBracket
        if let (destination, after) = inlineDestination(at: afterBracket) {
            target = destination
            end = after
        } else {
            let label = ReferenceDefinitionReader.label(bytes, at: afterBracket)
            var key = label?.0
            if let label { end = label.1 }
            if key == nil || key?.isEmpty == true, !opener.bracketAfter, position - opener.textStart <= 1000 {
                key = ReferenceDefinitionReader.normalize(bytes[opener.textStart..<position])
                if label == nil,
                    !(peek(afterBracket) == ASCII.openBracket && peek(afterBracket + 1) == ASCII.closeBracket)
                {
                    end = afterBracket
                } else if label == nil {
                    end = afterBracket + 2
                }
            }
            if let key, !references.isEmpty, let found = references[key] { target = found }
        }
        guard let target else {
            brackets.removeLast()
            return
        }
        // A link: its brackets and destination are not text; emphasis inside is matched now.
        processEmphasis(above: opener.delimiterCount)
        pieces[opener.piece].text = ""
        brackets.removeLast()
        if opener.image {
            for index in opener.piece..<pieces.count { pieces[index].dropped = true }
        } else {
            links.append((opener.piece, Self.cleanURL(target)))
            // Links cannot contain links: earlier `[` openers die (stopping at one already dead).
            for index in brackets.indices.reversed() where !brackets[index].image {
                steps += 1
                if !brackets[index].active { break }
                brackets[index].active = false
            }
        }
        position = end
    }

    /// `(destination "title")` after a link's text: the destination and the offset after `)`.
    mutating func inlineDestination(at start: Int) -> (String, Int)? {
        guard peek(start) == ASCII.openParen else { return nil }
        var index = skipSpaceAndOneNewline(start + 1)
        var destination = ""
        if peek(index) == ASCII.closeParen { return ("", index + 1) }
        if let (found, after) = ReferenceDefinitionReader.destination(bytes, at: index) {
            destination = found
            index = after
        }
        let afterDestination = index
        index = skipSpaceAndOneNewline(index)
        if index > afterDestination, let quote = peek(index),
            quote == ASCII.quote || quote == ASCII.apostrophe || quote == ASCII.openParen
        {
            let close = quote == ASCII.openParen ? ASCII.closeParen : quote
            // A title left open is not searched for again from a later link.
            if let known = unclosed[close], known <= index + 1 { return nil }
            var cursor = index + 1
            while let byte = peek(cursor), byte != close {
                cursor += byte == ASCII.backslash ? 2 : 1
            }
            guard cursor < bytes.count else {
                unclosed[close] = index + 1
                return nil
            }
            index = skipSpaceAndOneNewline(cursor + 1)
        }
        guard peek(index) == ASCII.closeParen else { return nil }
        return (destination, index + 1)
    }

    func skipSpaceAndOneNewline(_ start: Int) -> Int {
        var index = start
        var newline = false
        while let byte = peek(index) {
            if ASCII.isSpaceOrTab(byte) {
                index += 1
            } else if byte == ASCII.newline, !newline {
                newline = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// A destination as a link's target: escapes and entities decoded.
    static func cleanURL(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < utf8.count {
            if utf8[index] == ASCII.backslash, index + 1 < utf8.count, ASCII.isPunctuation(utf8[index + 1]) {
                result.append(utf8[index + 1])
                index += 2
            } else if utf8[index] == ASCII.ampersand, let (decoded, length) = HTMLEntity.decode(utf8, at: index) {
                result.append(contentsOf: decoded.utf8)
                index += length
            } else {
                result.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The Unicode scalar that ends before byte `index` (a space at the start of the text).
    static func scalar(before index: Int, in bytes: [UInt8]) -> Unicode.Scalar {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, index > 0 else { return UnicodeScalar(ASCII.space) }
        return scalar(at: start, in: bytes)
    }

    /// The Unicode scalar that starts at byte `index` (a space past the end).
    static func scalar(at index: Int, in bytes: [UInt8]) -> Unicode.Scalar {
        guard index < bytes.count else { return UnicodeScalar(ASCII.space) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80, end - index < 4 { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first ?? " "
    }
}

extension Unicode.Scalar {
    /// Unicode whitespace, as the flanking rules mean it.
    var isMarkdownWhitespace: Bool { properties.isWhitespace }

    /// ASCII punctuation or a Unicode punctuation character (category P), as the flanking
    /// rules of CommonMark 0.29 mean it.
    var isMarkdownPunctuation: Bool {
        if isASCII { return ASCII.isPunctuation(UInt8(value)) }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}
