/// Byte-level text steps for feed update bodies, each giving exactly what the `String` steps it
/// replaces gave (`MarkupTextBuffer.collapsedLines`, a leading `-` dropped, `trimmingWhitespace`),
/// without a `Character` or `Unicode.Scalar` loop over the whole text.
enum FeedBodyText {
    /// An update's body from its gathered bytes: one collapsed line per line, empty lines dropped,
    /// joined with `\n`; when it starts with `-`, the dash is dropped and the rest trimmed of
    /// spaces, tabs and the wide spaces `trimmingWhitespace` removes.
    static func updateBody(_ bytes: [UInt8]) -> String {
        var text = collapsedLines(bytes)
        guard text.utf8.first == UInt8(ascii: "-") else { return text }
        // `hasPrefix` compares characters: a dash carrying a combining mark is not a dash.
        guard text.hasPrefix("-") else { return text }
        return text.withUTF8 { utf8 in
            String(decoding: trimmed(UnsafeBufferPointer(rebasing: utf8[1...])), as: UTF8.self)
        }
    }

    /// `MarkupTextBuffer.collapse`: runs of ASCII space, tab, CR, LF, FF and U+00A0 made one
    /// space, and trimmed.
    static func collapsed(_ input: ArraySlice<UInt8>) -> String {
        input.withUnsafeBufferPointer { collapse($0, keepingLines: false) }
    }

    /// `MarkupTextBuffer.collapsedLines`: each line's runs of ASCII space, tab, CR, FF and U+00A0
    /// made one space and trimmed, empty lines dropped, lines joined with `\n`.
    static func collapsedLines(_ input: [UInt8]) -> String {
        input.withUnsafeBufferPointer { collapse($0, keepingLines: true) }
    }

    /// One pass for both: with `keepingLines`, a line feed ends a line instead of being a space.
    ///
    /// The output is never longer than the input; invalid UTF-8 is repaired as `String(decoding:)` does.
    private static func collapse(_ input: UnsafeBufferPointer<UInt8>, keepingLines: Bool) -> String {
        String(unsafeUninitializedCapacity: input.count) { output in
            var written = 0
            var lineStart = 0  // where the current line starts in `output`
            var pendingSpace = false
            var index = 0
            let count = input.count
            while index < count {
                let byte = input[index]
                if byte == 0x0A, keepingLines {
                    lineStart = written
                    pendingSpace = false
                    index += 1
                    continue
                }
                var isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
                var width = 1
                if byte == 0xC2, index + 1 < count, input[index + 1] == 0xA0 {
                    isSpace = true
                    width = 2
                }
                if isSpace {
                    pendingSpace = written > lineStart
                } else {
                    if written == lineStart, lineStart > 0, output[lineStart - 1] != 0x0A {
                        // The first byte of a line after a kept line: the separator goes first.
                        output[written] = 0x0A
                        written += 1
                        lineStart = written
                    } else if pendingSpace {
                        output[written] = 0x20
                        written += 1
                    }
                    pendingSpace = false
                    output[written] = byte
                    written += 1
                }
                index += width
            }
            return written
        }
    }

    /// The bytes without leading and trailing U+0020, U+0009 and the wide spaces
    /// `trimmingWhitespace` removes (U+00A0, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000).
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.withUnsafeBufferPointer { buffer in
            let kept = trimmed(buffer)
            let offset = bytes.startIndex
            return bytes[(offset + kept.startIndex)..<(offset + kept.endIndex)]
        }
    }

    /// `trimmed` over a buffer: the kept bytes, indices relative to `bytes`.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let width = trimmedWidth(bytes, at: start, end: end)
            if width == 0 { break }
            start += width
        }
        while start < end {
            var first = end - 1
            while first > start, bytes[first] & 0xC0 == 0x80 { first -= 1 }
            guard trimmedWidth(bytes, at: first, end: end) == end - first else { break }
            end = first
        }
        return bytes[start..<end]
    }

    /// The byte length of the trimmed scalar at `index`, or 0 when the scalar there is kept.
    private static func trimmedWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let lead = bytes[index]
        if lead == 0x20 || lead == 0x09 { return 1 }
        if lead == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        guard index + 2 < end else { return 0 }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch lead {
        case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0  // U+1680
        case 0xE2:
            if second == 0x80, third >= 0x80 && third <= 0x8B { return 3 }  // U+2000–U+200B
            if second == 0x80, third == 0xAF { return 3 }  // U+202F
            if second == 0x81, third == 0x9F { return 3 }  // U+205F
            return 0
        case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }
}
