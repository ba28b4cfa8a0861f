import IncidentModel

/// Why an input could not be read: the file, the place, what went wrong and what was expected.
public struct ReadFailure: Error, Sendable, Hashable {
    /// The file as the user named it (`-` for standard input).
    public var file: String
    /// Where reading stopped (line and column, or an element path, when known).
    public var place: SourcePlace
    /// What went wrong.
    public var reason: String
    /// What the reader expected to find there.
    public var expected: String

    /// Creates a failure.
    public init(file: String, place: SourcePlace? = nil, reason: String, expected: String) {
        self.file = file
        self.place = place ?? SourcePlace(file: file)
        self.reason = reason
        self.expected = expected
    }

    /// One line for a person: `file:line:col: cannot read the input: reason; expected …`.
    public var message: String {
        var location = place.file
        if let line = place.line {
            location += ":\(line)"
            if let column = place.column { location += ":\(column)" }
        }
        if let element = place.element { location += " (\(element))" }
        return "\(location): cannot read the input: \(reason); expected \(expected)"
    }
}
