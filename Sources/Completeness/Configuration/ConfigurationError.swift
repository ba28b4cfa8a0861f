/// A configuration file that cannot be used: the file, the line and what was expected.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// What was wrong and what was expected.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`.
    public var description: String { file + (line.map { ":\($0)" } ?? "") + ": " + reason }
}
