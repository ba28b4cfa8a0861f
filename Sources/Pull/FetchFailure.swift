import Foundation

/// Why a request gave no whole response.
public struct FetchFailure: Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure, which decide whether a retry may help.
    public enum Kind: String, Sendable, Equatable {
        /// No connection, or no data, within the read timeout, or the whole response took too long.
        case timedOut
        /// The connection was reset or closed before the body was whole.
        case connectionLost
        /// More redirects than allowed (a loop, or a long chain).
        case tooManyRedirects
        /// A redirect from `https` to another scheme, refused: it would drop TLS.
        case insecureRedirect
        /// The body is larger than allowed.
        case tooLarge
        /// The host could not be reached (refused, unknown, TLS not trusted) or another transport error.
        case unreachable
    }

    /// The kind.
    public var kind: Kind
    /// What happened, for the message.
    public var detail: String

    /// Creates a failure.
    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// The detail.
    public var description: String { detail }
}
