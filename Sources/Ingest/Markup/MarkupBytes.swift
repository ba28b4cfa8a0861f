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
}
