/// A plain search for ASCII bytes in a text's UTF-8, used before Foundation's `contains`.
///
/// Foundation's `contains` (non-literal `range(of:)`) bridges the text to `NSString`. An ASCII
/// needle found that way is also in the text's UTF-8 byte for byte (ASCII characters are
/// canonically equivalent only to themselves), so when the bytes are absent the answer is `false`
/// without bridging; when they are present Foundation still decides.
enum ByteSearch {
    /// Whether the ASCII `needle` occurs in `text`, byte for byte.
    static func holds(_ needle: StaticString, in text: String) -> Bool {
        precondition(needle.isASCII && needle.utf8CodeUnitCount > 0, "an ASCII needle")
        let count = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= count else { return false }
            var index = 0
            while index <= bytes.count - count {
                if bytes[index] == first {
                    var offset = 1
                    while offset < count, bytes[index + offset] == needle.utf8Start[offset] { offset += 1 }
                    if offset == count { return true }
                }
                index += 1
            }
            return false
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }
}
