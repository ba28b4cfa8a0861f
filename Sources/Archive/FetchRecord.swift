import Foundation

/// One fetch of a URL that gave a body (`postmortem pull`): where from, when, the HTTP status and the
/// validators the server sent for the next conditional request.
public struct FetchRecord: Sendable, Equatable {
    /// The URL requested (the source document's path).
    public var url: String
    /// When the response arrived.
    public var fetchedAt: Date
    /// The HTTP status of the final response.
    public var status: Int
    /// The `ETag` header, when sent.
    public var etag: String?
    /// The `Last-Modified` header, when sent.
    public var lastModified: String?
    /// SHA-256 of the body, lowercase hex (the source document's checksum).
    public var checksum: String

    /// Creates a record.
    public init(
        url: String, fetchedAt: Date, status: Int, etag: String?, lastModified: String?, checksum: String
    ) {
        self.url = url
        self.fetchedAt = fetchedAt
        self.status = status
        self.etag = etag
        self.lastModified = lastModified
        self.checksum = checksum
    }
}
