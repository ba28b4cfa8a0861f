/// A time expression found in text: a point (`9:48 AM EST`), a date (`Jan 10, 2025`) or a range
/// (`10:52 AM - 12:55 PM EST`), with where it is.
public struct TimeExpression: Sendable, Hashable {
    /// Where the whole expression is in the text.
    public var range: Range<String.Index>
    /// The expression as written, whitespace collapsed.
    public var text: String
    /// The point, or the start of a range.
    public var start: WrittenPoint
    /// The end of a range.
    public var end: WrittenPoint?
    /// The word that opened a range (`between`, `from`), when there was one.
    public var opener: String?

    /// Creates an expression.
    public init(
        range: Range<String.Index>, text: String, start: WrittenPoint, end: WrittenPoint? = nil, opener: String? = nil
    ) {
        self.range = range
        self.text = text
        self.start = start
        self.end = end
        self.opener = opener
    }

    /// Whether the expression is a date with no clock (a date heading, `On January 22, 2024`).
    public var isDateOnly: Bool { !start.hasClock }

    /// Whether a zone is written on the expression (on either end of a range).
    public var hasWrittenZone: Bool { start.zoneLabel != nil }
}
