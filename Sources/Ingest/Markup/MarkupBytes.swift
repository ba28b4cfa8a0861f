import CLibXML2

/// Byte-level helpers for libxml2 strings, used where making a `String` per node would be waste.
enum MarkupBytes {
    /// Whether the NUL-terminated `raw` equals `wanted` byte for byte.
    static func equals(_ raw: UnsafePointer<xmlChar>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < wanted.count {
            if raw[index] != wanted[index] { return false }
            index += 1
        }
        return raw[index] == 0
    }

    /// Whether the NUL-terminated `raw` equals one of the names (ASCII).
    static func isOneOf(_ raw: UnsafePointer<xmlChar>, _ names: [StaticString]) -> Bool {
        for name in names where name.withUTF8Buffer({ equals(raw, $0) }) {
            return true
        }
        return false
    }

    /// The number of bytes before the NUL of `raw`.
    static func length(_ raw: UnsafePointer<xmlChar>) -> Int {
        var count = 0
        while raw[count] != 0 { count += 1 }
        return count
    }

    /// Whether `bytes` holds `part` anywhere (an empty `part` is always found, as XPath's `contains`).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !part.isEmpty else { return true }
        guard bytes.count >= part.count else { return false }
        let first = part[0]
        var start = 0
        while start <= bytes.count - part.count {
            if bytes[start] == first {
                var offset = 1
                while offset < part.count, bytes[start + offset] == part[offset] { offset += 1 }
                if offset == part.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether one of the blank-separated tokens of `list` equals `token` (blanks: space, tab,
    /// CR, LF, as XPath's `normalize-space`); `token` holds no blank.
    static func containsToken(_ list: UnsafeBufferPointer<UInt8>, _ token: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < list.count {
            while index < list.count, isBlank(list[index]) { index += 1 }
            let start = index
            while index < list.count, !isBlank(list[index]) { index += 1 }
            if index - start == token.count, index > start,
                UnsafeBufferPointer(rebasing: list[start..<index]).elementsEqual(token)
            {
                return true
            }
        }
        return false
    }

    /// XML's blanks: space, tab, LF, CR.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
