/// Word tests on ASCII text decided on its UTF-8 bytes, without lower-casing a copy or bridging
/// it to `NSString`; each returns `nil` for text with a byte outside ASCII (or a CR, which joins
/// the LF after it into one `Character`), and the caller then reads the text as before.
enum ASCIISearch {
    /// Whether the text, lower-cased, contains `needle` (lower-case ASCII with no line break).
    static func lowercasedContains(_ text: String, _ needle: String) -> Bool? {
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard isPlainASCII(bytes) else { return nil }
            let pattern = Array(needle.utf8)
            guard !pattern.isEmpty else { return true }
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) {
                var index = 0
                while index < pattern.count, lowered(bytes[start + index]) == pattern[index] { index += 1 }
                if index == pattern.count { return true }
            }
            return false
        }
        return result ?? nil
    }

    /// The last (up to) four words of letters in the 40 characters before `index`, lower-cased;
    /// `nil` unless those characters and the one before them are ASCII without a CR.
    static func lastWords(in text: String, before index: String.Index) -> [String]? {
        let utf8 = text.utf8
        let end = utf8.distance(from: utf8.startIndex, to: index)
        let result = utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            let window = UnsafeBufferPointer(rebasing: bytes[max(0, end - 41)..<end])
            guard isPlainASCII(window) else { return nil }
            var words: [String] = []
            var offset = max(0, end - 40)
            while offset < end {
                guard isLetter(bytes[offset]) else {
                    offset += 1
                    continue
                }
                let start = offset
                while offset < end, isLetter(bytes[offset]) { offset += 1 }
                words.append(String(decoding: bytes[start..<offset].map(lowered), as: UTF8.self))
            }
            return Array(words.suffix(4))
        }
        return result ?? nil
    }

    /// Whether the text is ASCII without a CR.
    static func isPlainASCII(_ text: String) -> Bool {
        !text.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
