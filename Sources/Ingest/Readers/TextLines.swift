/// A text input split into numbered lines (1-based), trailing whitespace removed.
struct TextLines {
    /// The lines with their numbers.
    var lines: [(text: String, line: Int)]

    /// Splits text at `\n` (a `\r` before it is dropped).
    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            var value = Substring(line)
            while let last = value.last, last == "\r" || last == " " || last == "\t" { value = value.dropLast() }
            return (String(value), index + 1)
        }
    }
}
