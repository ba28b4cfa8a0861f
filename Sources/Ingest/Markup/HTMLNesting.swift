import Foundation

/// An upper bound on how deep an HTML fragment nests, from its tags alone (no parse): every start
/// tag that is not void or self-closed opens a level, every end tag closes one.
///
/// Omitted end tags (`<p>` without `</p>`) make it larger than libxml2's tree, never smaller.
enum HTMLNesting {
    /// The deepest fragment read whole: libxml2 stops at 256 levels unless told `XML_PARSE_HUGE`,
    /// and with it a tree of about 100,000 levels overflows the stack; 20,000 was tested safe.
    static let readLimit = 10_000

    /// Elements that never hold content, so never open a level (lower case ASCII).
    private static let void: [[UInt8]] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ].map { Array($0.utf8) }

    /// The greatest number of levels open at once.
    static func depth(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { depth($0) }
    }

    /// The greatest number of levels open at once, over raw bytes.
    static func depth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var depth = 0
        var deepest = 0
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == 60, i + 1 < n else {  // <
                // Step to the next `<` at once (memchr), or to the end.
                let rest = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[(i + 1)...]))
                guard let base = rest.baseAddress, let found = memchr(base, 60, rest.count) else { break }
                i += 1 + base.distance(to: UnsafeRawPointer(found))
                continue
            }
            let next = bytes[i + 1]
            if next == 47 {  // </
                depth = max(0, depth - 1)
                i += 2
                continue
            }
            guard isLetter(next) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < n, isLetter(bytes[end]) || (bytes[end] >= 48 && bytes[end] <= 57) { end += 1 }
            let isVoid = isVoidName(UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]))
            var close = end
            while close < n, bytes[close] != 62 { close += 1 }  // >
            let selfClosed = close > 0 && close < n && bytes[close - 1] == 47
            if !isVoid, !selfClosed {
                depth += 1
                deepest = max(deepest, depth)
            }
            i = close
        }
        return deepest
    }

    /// Whether an ASCII letters-and-digits name is a void element's, case ignored.
    private static func isVoidName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count <= 6 else { return false }
        return void.contains { candidate in
            guard candidate.count == name.count else { return false }
            for index in 0..<name.count {
                var byte = name[index]
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte != candidate[index] { return false }
            }
            return true
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
