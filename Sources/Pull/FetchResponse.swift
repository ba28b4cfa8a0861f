import Foundation

/// A whole HTTP response: status, headers (names lowercased) and body.
public struct FetchResponse: Sendable, Equatable {
    /// The URL the response came from (after redirects).
    public var url: String
    /// The HTTP status.
    public var status: Int
    /// The headers, by lowercased name.
    public var headers: [String: String]
    /// The body.
    public var body: Data

    /// Creates a response.
    public init(url: String, status: Int, headers: [String: String], body: Data) {
        self.url = url
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    /// A header's value by case-insensitive name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}
