/// Where a piece of text was found: a file, and within it a line and column or an element path.
public struct SourcePlace: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The file as the user named it (or `-` for standard input).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// A path to the element or field, such as `entry[3]/content/p[2]` or `incident_updates[0].display_at`.
    public var element: String?

    /// Creates a place.
    public init(file: String, line: Int? = nil, column: Int? = nil, element: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.element = element
    }

    /// `file:line:column (element)`, with the parts that are known.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let element { text += " (\(element))" }
        return text
    }

    /// The same file, with another element path.
    public func with(element: String?) -> SourcePlace {
        var copy = self
        copy.element = element
        return copy
    }

    /// Orders by file, line, column, then element.
    public static func < (lhs: SourcePlace, rhs: SourcePlace) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        return (lhs.element ?? "") < (rhs.element ?? "")
    }
}
