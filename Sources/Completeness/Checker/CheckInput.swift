import Foundation

/// A document to check: a file to read, or bytes already read (standard input).
public enum CheckInput: Sendable, Hashable {
    /// A file path, read by the checker.
    case file(String)
    /// Bytes, named `name` in findings (`-` for standard input).
    case data(Data, name: String)
}
