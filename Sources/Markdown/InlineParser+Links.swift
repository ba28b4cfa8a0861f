extension InlineParser {
    /// `&…;`: the character it names, or text.
    mutating func entity() {
        guard let (text, length) = HTMLEntity.decode(bytes, at: position) else { return }
        emit(text)
        position += length
    }

    /// `<…>`: an autolink (its text is the address), raw inline HTML (kept as written), or text.
    mutating func angleBracket() {
        let start = position
        if let end = Self.uriAutolinkEnd(bytes, at: start) {
            let address = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            flushText()
            links.append((pieces.count, Self.cleanURL(address)))
            emit(address)
            position = end + 1
        } else if let end = Self.emailAutolinkEnd(bytes, at: start) {
            let address = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            flushText()
            links.append((pieces.count, "mailto:" + address))
            emit(address)
            position = end + 1
        } else if let length = rawHTMLLength(at: start) {
            emit(bytes[start..<(start + length)])
            position = start + length
        }
    }

    /// `<scheme:…>`: the index of the closing `>`.
    static func uriAutolinkEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        var index = start + 1
        guard index < bytes.count, ASCII.isLetter(bytes[index]) else { return nil }
        while index < bytes.count,
            ASCII.isAlphanumeric(bytes[index]) || [ASCII.plus, ASCII.dot, ASCII.dash].contains(bytes[index])
        {
            index += 1
        }
        guard (2...32).contains(index - start - 1), index < bytes.count, bytes[index] == ASCII.colon else { return nil }
        while index < bytes.count, bytes[index] > ASCII.space, bytes[index] != ASCII.less, bytes[index] != ASCII.greater
        {
            index += 1
        }
        return index < bytes.count && bytes[index] == ASCII.greater ? index : nil
    }

    /// `<name@domain>`: the index of the closing `>`.
    static func emailAutolinkEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        var index = start + 1
        let local = Array(".!#$%&'*+/=?^_`{|}~-".utf8)
        while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || local.contains(bytes[index]) { index += 1 }
        guard index > start + 1, index < bytes.count, bytes[index] == 0x40 else { return nil }
        index += 1
        guard let end = domainEnd(bytes, at: index, requireDot: false), end < bytes.count, bytes[end] == ASCII.greater
        else { return nil }
        return end
    }

    /// The end of a domain `label(.label)*` (labels of letters, digits and inner `-`), or `nil`.
    static func domainEnd(_ bytes: [UInt8], at start: Int, requireDot: Bool) -> Int? {
        var index = start
        var labels = 0
        while true {
            let labelStart = index
            while index < bytes.count, ASCII.isAlphanumeric(bytes[index]) || bytes[index] == ASCII.dash,
                index - labelStart < 63
            {
                index += 1
            }
            guard index > labelStart, bytes[labelStart] != ASCII.dash, bytes[index - 1] != ASCII.dash else {
                return nil
            }
            labels += 1
            guard index + 1 < bytes.count, bytes[index] == ASCII.dot, ASCII.isAlphanumeric(bytes[index + 1]) else {
                break
            }
            index += 1
        }
        return requireDot && labels < 2 ? nil : index
    }

    /// Raw inline HTML at `start`: a tag, a comment, a processing instruction, a declaration or
    /// a CDATA section; its length.
    mutating func rawHTMLLength(at start: Int) -> Int? {
        let text = bytes[start...]
        if let length = HTMLTagScanner.completeTag(Array(text.prefix(4096))) { return length }
        let forms: [(open: String, close: String)] = [("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>")]
        for form in forms where text.starts(with: form.open.utf8) {
            let body = text.dropFirst(form.open.utf8.count)
            let key = form.close.utf8.first ?? 0
            if let known = unclosed[key], known <= body.startIndex { return nil }
            guard let end = Self.firstRange(of: Array(form.close.utf8), in: body) else {
                unclosed[key] = body.startIndex
                return nil
            }
            return end + form.close.utf8.count - start
        }
        if text.dropFirst().first == ASCII.exclamation, let letter = text.dropFirst(2).first, ASCII.isLetter(letter) {
            if let known = unclosed[ASCII.greater], known <= start { return nil }
            guard let end = text.firstIndex(of: ASCII.greater) else {
                unclosed[ASCII.greater] = start
                return nil
            }
            return end + 1 - start
        }
        return nil
    }

    static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        var index = haystack.startIndex
        while let found = haystack[index...].firstIndex(of: needle[0]) {
            if haystack[found...].starts(with: needle) { return found }
            index = found + 1
        }
        return nil
    }
}
