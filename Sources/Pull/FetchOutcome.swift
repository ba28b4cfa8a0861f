import Foundation

/// What one HTTP request gave: a response (any status) or a failure before a whole response arrived.
public enum FetchOutcome: Sendable, Equatable {
    /// A whole response.
    case response(FetchResponse)
    /// No whole response.
    case failure(FetchFailure)
}
