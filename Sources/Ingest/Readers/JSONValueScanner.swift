/// Walks one JSON value's bytes (strings, nesting) without building it.
///
/// It finds where the value ends, and for an array whether every element is an object. The value's own grammar (numbers, literals, what is
/// inside strings) is left to `JSONSerialization`, which parses each piece afterwards.
struct JSONValueScanner {
    /// The deepest nesting the scanner accepts; deeper values go to the whole-document reader.
    static let depthLimit = 256

    /// What walking a value found.
    struct Value {
        /// The value's first byte (`{`, `[`, `"`, a digit, a letter).
        var first: UInt8
        /// The file offsets of its first byte and just past its last.
        var range: Range<Int>
        /// For an array: whether it is not empty of elements that are not objects.
        var elementsAreObjects: Bool
    }

    /// Walks the value at the source's position, leaving the source just past it; `nil` when the
    /// bytes are not one value (unbalanced, too deep, cut short).
    static func value(_ source: inout JSONByteSource, collect: ((UInt8) -> Void)? = nil) -> Value? {
        guard let first = source.peekAfterSpace() else { return nil }
        let start = source.offset
        var depth = 0
        var inString = false
        var escaped = false
        var objects = true
        var expectElement = false
        while let byte = source.peek() {
            if depth == 0, !inString, source.offset > start, first != 0x22, first != 0x7B, first != 0x5B {
                // A number or a literal ends at the first byte that cannot continue it.
                if byte == 0x2C || byte == 0x7D || byte == 0x5D || byte <= 0x20 { break }
            }
            _ = source.next()
            collect?(byte)
            if inString {
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                    if depth == 0 { break }
                }
                continue
            }
            if expectElement, byte > 0x20 {
                expectElement = false
                if byte != 0x7B && byte != 0x5D { objects = false }
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B:
                depth += 1
                guard depth <= depthLimit else { return nil }
                if depth == 1, byte == 0x5B { expectElement = true }
            case 0x7D, 0x5D:
                depth -= 1
                guard depth >= 0 else { return nil }
            case 0x2C where depth == 1 && first == 0x5B: expectElement = true
            default: break
            }
            if depth == 0 && (byte == 0x7D || byte == 0x5D) { break }
        }
        guard !inString, depth == 0, source.offset > start, !source.failed else { return nil }
        return Value(first: first, range: start..<source.offset, elementsAreObjects: objects)
    }
}
