/// A place in a Markdown source: a 1-based line and a 1-based column counted in UTF-8 bytes, as
/// cmark-gfm's `--sourcepos` counts them (a byte-order mark on the first line counts too).
public struct MarkdownPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, from 1; `\n`, `\r\n` and a lone `\r` each end a line.
    public var line: Int
    /// The column in UTF-8 bytes, from 1; 0 for the end of an empty line.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as cmark-gfm writes it.
    public var description: String { "\(line):\(column)" }

    /// Orders by line, then column.
    public static func < (lhs: MarkdownPosition, rhs: MarkdownPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One source line of a block's text: the bytes from `position` to the end of the line (the
/// line ending left out), with the block's own markers and indentation already taken off.
public struct MarkdownLine: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Where its first byte is in the source.
    public var position: MarkdownPosition

    /// Creates a line.
    public init(text: String, position: MarkdownPosition) {
        self.text = text
        self.position = position
    }
}
