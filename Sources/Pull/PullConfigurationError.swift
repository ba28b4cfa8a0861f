import Foundation

/// Why a `pull:` list cannot be used: the file, the line and what was expected.
public struct PullConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The configuration file.
    public var file: String
    /// The line, when known.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    /// `file:line: reason`.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)" }
}
