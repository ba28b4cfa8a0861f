/// Whitespace handling shared by the postmortem readers.
enum InlineText {
    /// `text` with runs of whitespace (spaces, tabs, newlines, no-break spaces) turned into one
    /// space and the ends trimmed.
    static func collapse(_ text: String) -> String {
        // Most text is ASCII: there every byte is a character (`\r\n`, one character, is whitespace
        // as its two bytes are), so bytes give what the character walk gives, at a fraction of its cost.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return characterCollapse(text)
    }

    /// ``collapse(_:)`` character by character, for any text.
    static func characterCollapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
