/// Splits text into numbers, words and punctuation in one pass over its UTF-8 bytes.
///
/// Whitespace (including no-break and thin spaces) separates tokens and is remembered as
/// `spaceBefore`, so `Jan  1`, `Aug 17 , 2026` and ` 8:18 PM` read like their tidy forms (T12).
enum TimeTokenizer {
    static func tokens(in text: String) -> [TimeToken] {
        let utf8 = text.utf8
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(utf8.count / 3)
        var index = utf8.startIndex
        var space = true
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                space = true
                index = utf8.index(after: index)
                continue
            }
            let start = index
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                var count = 0
                while index < utf8.endIndex, utf8[index] >= 0x30, utf8[index] <= 0x39 {
                    if count < 18 { value = value * 10 + Int(utf8[index] - 0x30) }
                    count += 1
                    index = utf8.index(after: index)
                }
                tokens.append(TimeToken(kind: .number(value, digits: count), range: start..<index, spaceBefore: space))
            } else if isLetter(byte) {
                while index < utf8.endIndex, isLetter(utf8[index]) || utf8[index] == 0x5F {
                    index = utf8.index(after: index)
                }
                let word = String(text[start..<index])
                tokens.append(
                    TimeToken(kind: .word(word, lower: asciiLowercased(word)), range: start..<index, spaceBefore: space)
                )
            } else if byte < 0x80 {
                index = utf8.index(after: index)
                let character = Character(Unicode.Scalar(byte))
                tokens.append(TimeToken(kind: .punct(character), range: start..<index, spaceBefore: space))
            } else {
                let scalarIndex = text.unicodeScalars.index(after: start)
                let scalar = text.unicodeScalars[start]
                index = scalarIndex
                switch scalar.value {
                case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000:
                    space = true
                    continue
                case 0x2010...0x2015, 0x2212:
                    tokens.append(TimeToken(kind: .punct("-"), range: start..<index, spaceBefore: space))
                default:
                    tokens.append(TimeToken(kind: .punct("·"), range: start..<index, spaceBefore: space))
                }
            }
            space = false
        }
        WorkMeter.record(utf8.count)
        return tokens
    }

    /// `word.lowercased()` for a word of ASCII letters and `_`.
    private static func asciiLowercased(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return word }
        return String(unsafeUninitializedCapacity: word.utf8.count) { buffer in
            for (offset, byte) in word.utf8.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return word.utf8.count
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
