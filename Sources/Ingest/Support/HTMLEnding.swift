import Foundation

/// Whether an HTML document reached its end: a page cut short (a download stopped inside an
/// update row) has neither `</body>` nor `</html>`, which libxml2 silently supplies.
enum HTMLEnding {
    /// Whether the bytes hold neither `</body` nor `</html` (ASCII case ignored).
    static func isCut(_ data: Data) -> Bool {
        !contains(data, "</body") && !contains(data, "</html")
    }

    /// The 1-based number of the last line: one more than the line feeds before the last byte.
    static func lastLine(_ data: Data) -> Int {
        var count = 1
        for (index, byte) in data.enumerated() where byte == 10 && index < data.count - 1 { count += 1 }
        return count
    }

    /// Searches from the end, where a closing tag is found at once in a whole page.
    private static func contains(_ data: Data, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        let bytes = [UInt8](data)
        guard bytes.count >= pattern.count else { return false }
        var start = bytes.count - pattern.count
        while start >= 0 {
            var matched = true
            for offset in 0..<pattern.count {
                var byte = bytes[start + offset]
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte != pattern[offset] {
                    matched = false
                    break
                }
            }
            if matched { return true }
            start -= 1
        }
        return false
    }
}
