import Archive
import Foundation
import Ingest

/// What a pull did, URL by URL.
public struct PullSummary: Sendable {
    /// URLs whose body was stored as a new document.
    public var stored: [String] = []
    /// URLs that answered 200 with bytes archived already from the same URL.
    public var unchanged: [String] = []
    /// URLs that answered `304 Not Modified` to a conditional request.
    public var notModified: [String] = []
    /// Optional URLs the site does not have (404 or 410): a closed API, no feed.
    public var absent: [String] = []
    /// URLs that failed (no whole response, an error status, or a body that cannot be read), and
    /// targets where nothing was found; each names the URL and what was expected.
    public var failures: [ReadFailure] = []
    /// HTTP requests sent, retries included.
    public var requests = 0
    /// Requests sent with `If-None-Match` or `If-Modified-Since`.
    public var conditionalRequests = 0
    /// The rebuild of the derived tables (`nil` until the pull ends).
    public var rebuild: IncidentArchive.Rebuild?

    /// Creates an empty summary.
    public init() {}
}
