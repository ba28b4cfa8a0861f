import Foundation

/// Finds the content of `<script>` and `<style>` elements as libxml2 2.9's HTML parser (in
/// recovery mode) delimits it, so a page can be parsed with that content cut down to its line
/// breaks: the tree is the same except for those elements' text, and every line number is kept.
///
/// A Statuspage page is half CSS and script; libxml2 reads raw text one character at a time, so
/// leaving it out saves about a quarter of the parse. The scan recognises only the common
/// constructs (text, `<!DOCTYPE …>` without quotes, `<!-- … -->`, start tags with plain
/// attributes, end tags) and stops at anything else (`<?`, CDATA, a `<` libxml2 might read
/// another way, a bogus attribute): after the place it stops, nothing is elided. A region
/// holding a NUL, a control character or invalid UTF-8 (which makes libxml2 switch encodings)
/// ends the scan too, and so does raw text without its end tag.
enum HTMLRawTextElision {
    /// The byte ranges of raw text (from after `<script …>` or `<style …>` to its `</script` or
    /// `</style`), in order, as far as the scan is sure of them.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scanner = Scanner(bytes: bytes)
        return scanner.rawTextRanges()
    }

    /// A copy of `bytes` with every byte of `ranges` but line feeds left out.
    static func elide(_ bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count - ranges.reduce(0) { $0 + $1.count })
        var position = 0
        for range in ranges {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<range.lowerBound]))
            for index in range where bytes[index] == 0x0A { output.append(0x0A) }
            position = range.upperBound
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position...]))
        return output
    }

    /// The byte scanner behind `ranges(in:)`.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// What a start tag opens.
        private enum StartTag {
            /// An element whose content is markup.
            case plain
            /// `script` or `style`: raw text up to its end tag.
            case rawText(StaticString)
            /// `title` or `textarea`: text that HTML5 parsers read as text up to the end tag.
            case text(StaticString)
            /// An element some parser reads in a special way (`xmp`, `iframe`, `noscript`…).
            case doubtful
        }

        private func byte(_ offset: Int) -> UInt8 {
            byte(at: index + offset)
        }

        private func byte(at position: Int) -> UInt8 {
            position < bytes.count ? bytes[position] : 0
        }

        mutating func rawTextRanges() -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            guard find(0, from: 0) == nil else { return [] }
            while let open = nextLessThan() {
                index = open
                let next = byte(1)
                if next == UInt8(ascii: "!") {
                    guard skipCommentOrDoctype() else { break }
                } else if next == UInt8(ascii: "/") {
                    guard skipEndTag() else { break }
                } else if isLetter(next) {
                    guard let tag = skipStartTag() else { break }
                    switch tag {
                    case .plain:
                        continue
                    case .rawText(let name):
                        guard let range = rawText(closedBy: name) else { return ranges }
                        if !range.isEmpty { ranges.append(range) }
                        index = range.upperBound
                    case .text(let name):
                        // Only text up to the end tag, which libxml2 2.9 and HTML5 parsers read alike.
                        guard let end = find(UInt8(ascii: "<"), from: index),
                            byte(at: end + 1) == UInt8(ascii: "/"),
                            matchesIgnoringCase(name, at: end + 2)
                        else { return ranges }
                        index = end
                    case .doubtful:
                        return ranges
                    }
                } else {
                    break
                }
            }
            return ranges
        }

        /// The next `<` at or after `index`.
        private func nextLessThan() -> Int? {
            find(UInt8(ascii: "<"), from: index)
        }

        /// Steps over `<!-- … -->` or `<!DOCTYPE …>`; false for anything else or a doubtful one.
        private mutating func skipCommentOrDoctype() -> Bool {
            if byte(2) == UInt8(ascii: "-"), byte(3) == UInt8(ascii: "-") {
                // `<!-->`, `<!--->` and `--!>` are read differently by different libxml2 versions.
                if byte(4) == UInt8(ascii: ">") || (byte(4) == UInt8(ascii: "-") && byte(5) == UInt8(ascii: ">")) {
                    return false
                }
                guard let end = find("-->", from: index + 4) else { return false }
                if find("--!>", from: index + 4).map({ $0 < end }) == true { return false }
                index = end + 3
                return true
            }
            guard matchesIgnoringCase("doctype", at: index + 2) else { return false }
            var position = index + 9
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
                if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") { return false }
                position += 1
            }
            guard position < bytes.count else { return false }
            index = position + 1
            return true
        }

        /// Steps over `</name>` (blanks allowed before `>`); false for anything else.
        private mutating func skipEndTag() -> Bool {
            index += 2
            guard isLetter(byte(0)), skipName() else { return false }
            skipBlanks()
            guard byte(0) == UInt8(ascii: ">") else { return false }
            index += 1
            return true
        }

        /// Steps over a start tag with plain attributes and says what it opens; `nil` when the tag
        /// itself is doubtful. A self-closed tag (`<script/>`) opens nothing.
        private mutating func skipStartTag() -> StartTag? {
            index += 1
            let nameStart = index
            guard skipName() else { return nil }
            let nameEnd = index
            while true {
                let blanks = skipBlanks()
                let current = byte(0)
                if current == UInt8(ascii: ">") {
                    index += 1
                    break
                }
                if current == UInt8(ascii: "/"), byte(1) == UInt8(ascii: ">") {
                    index += 2
                    return .plain
                }
                guard blanks > 0, isNameStart(current), skipName() else { return nil }
                skipBlanks()
                if byte(0) == UInt8(ascii: "=") {
                    index += 1
                    skipBlanks()
                    guard skipValue() else { return nil }
                }
                if index >= bytes.count { return nil }
            }
            let name = nameStart..<nameEnd
            for raw: StaticString in ["script", "style"] where equalsIgnoringCase(raw, name) { return .rawText(raw) }
            for text: StaticString in ["title", "textarea"] where equalsIgnoringCase(text, name) { return .text(text) }
            let special: [StaticString] = ["xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]
            return special.contains { equalsIgnoringCase($0, name) } ? .doubtful : .plain
        }

        /// Steps over an attribute value: quoted, or unquoted up to a blank or `>`.
        private mutating func skipValue() -> Bool {
            let quote = byte(0)
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let end = find(quote, from: index + 1) else { return false }
                index = end + 1
                return true
            }
            while index < bytes.count, !isBlank(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            return index < bytes.count
        }

        /// The raw text from `index` to the first `</name` (ASCII case ignored), when it is plain
        /// UTF-8 text libxml2 reads without a note. Text that starts with `<` is doubtful: libxml2
        /// reads an end tag there, and a start tag that may close the element, before raw text.
        private func rawText(closedBy name: StaticString) -> Range<Int>? {
            if byte(0) == UInt8(ascii: "<") {
                // Only an empty element (`<script></script>`) is sure: both read its end tag next.
                let closes = byte(1) == UInt8(ascii: "/") && matchesIgnoringCase(name, at: index + 2)
                return closes ? index..<index : nil
            }
            var position = index
            while let open = find(UInt8(ascii: "<"), from: position) {
                if byte(at: open + 1) == UInt8(ascii: "/"), matchesIgnoringCase(name, at: open + 2) {
                    return isPlainText(index..<open) ? index..<open : nil
                }
                position = open + 1
            }
            return nil
        }

        /// Whether the bytes are valid UTF-8 without NUL or C0 controls other than tab, LF and CR.
        private func isPlainText(_ range: Range<Int>) -> Bool {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            for byte in slice where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                return false
            }
            return String(validating: slice, as: UTF8.self) != nil
        }

        /// Steps over an HTML name (`[A-Za-z_:.][A-Za-z0-9_:.-]*`, fewer than 100 bytes).
        private mutating func skipName() -> Bool {
            let start = index
            guard isNameStart(byte(0)) else { return false }
            index += 1
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            return index - start < 100
        }

        @discardableResult
        private mutating func skipBlanks() -> Int {
            let start = index
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
            return index - start
        }

        private func find(_ needle: StaticString, from start: Int) -> Int? {
            needle.withUTF8Buffer { wanted in
                var position = start
                while let candidate = find(wanted[0], from: position), candidate + wanted.count <= bytes.count {
                    if UnsafeBufferPointer(rebasing: bytes[candidate..<(candidate + wanted.count)]).elementsEqual(
                        wanted)
                    {
                        return candidate
                    }
                    position = candidate + 1
                }
                return nil
            }
        }

        /// The first position at or after `start` holding `byte` (`memchr`).
        private func find(_ byte: UInt8, from start: Int) -> Int? {
            guard start < bytes.count, let base = bytes.baseAddress else { return nil }
            guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
            return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
        }

        private func matchesIgnoringCase(_ word: StaticString, at start: Int) -> Bool {
            start + word.utf8CodeUnitCount <= bytes.count
                && equalsIgnoringCase(word, start..<(start + word.utf8CodeUnitCount))
        }

        /// Whether the bytes equal the lower-case ASCII `word`, ASCII case ignored.
        private func equalsIgnoringCase(_ word: StaticString, _ range: Range<Int>) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            return word.withUTF8Buffer { wanted in
                zip(range, wanted).allSatisfy { position, letter in
                    let byte = bytes[position]
                    return (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) == letter
                }
            }
        }

        private func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }

        private func isNameStart(_ byte: UInt8) -> Bool {
            isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
        }

        private func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
