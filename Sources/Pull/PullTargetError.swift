import Foundation

/// A `pull` URL that is not an absolute `http` or `https` URL.
public struct PullTargetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text given.
    public var text: String

    /// The message.
    public var description: String { "`\(text)` is not a URL to pull (expected an absolute http:// or https:// URL)" }
}
