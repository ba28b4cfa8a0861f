/// One error libxml2 reported while parsing: its code, level, position and message.
struct MarkupIssue: Sendable, Hashable {
    /// The libxml2 error code (`xmlParserErrors`).
    var code: Int
    /// The level: 1 warning, 2 error, 3 fatal.
    var level: Int
    /// The 1-based line, or 0 when unknown.
    var line: Int
    /// The 1-based column, or 0 when unknown.
    var column: Int
    /// libxml2's message, trailing newline removed.
    var message: String
}
