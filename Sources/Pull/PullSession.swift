import Archive
import Foundation
import IncidentModel
import Ingest
import Pipeline

/// One pull's fetching: each URL is requested through the client (conditionally when the archive
/// holds its validators), its body read as files are read (sniffed, never chosen by the URL) and
/// stored with its fetch record, or the failure noted.
final class PullSession {
    /// What one URL gave.
    enum Fetched {
        /// The body's reading (of the new body, or of the archived one a 304 stands for).
        case read(ReadResult)
        /// The site does not have this optional URL.
        case absent
        /// It failed; the failure is in the summary.
        case failed
    }

    let client: PullClient
    let archive: IncidentArchive
    let clock: PullClock
    let progress: ((PullSummary) -> Void)?
    private let reader = IncidentReader()
    var summary = PullSummary()

    init(client: PullClient, archive: IncidentArchive, clock: PullClock, progress: ((PullSummary) -> Void)?) {
        self.client = client
        self.archive = archive
        self.clock = clock
        self.progress = progress
    }

    /// Fetches `url`; a 404 or 410 on an optional URL is ``Fetched/absent``, on a required one a failure.
    ///
    /// The body is read as its content says; when `accepts` is given and the content is of another
    /// format (an HTML error page where the API's JSON belongs), it is a failure and is not stored.
    func fetch(
        _ url: String, required: Bool, expected: String, accepts: Set<SourceFormat>? = nil
    ) throws -> Fetched {
        defer { progress?(summary) }
        guard let target = URL(string: url) else {
            return fail(url, "the URL cannot be parsed", expected: "an absolute URL")
        }
        let validators = try archive.validators(for: url)
        let result = client.get(target, etag: validators?.etag, lastModified: validators?.lastModified)
        summary.requests += result.attempts
        if validators?.etag != nil || validators?.lastModified != nil { summary.conditionalRequests += result.attempts }
        let tries = result.attempts == 1 ? "" : " after \(result.attempts) attempts"
        let response: FetchResponse
        switch result.outcome {
        case .failure(let failure):
            return fail(url, "\(failure.detail)\(tries)", expected: expected)
        case .response(let answer): response = answer
        }
        if response.status == 304, validators != nil, let body = try archive.lastBody(for: url) {
            summary.notModified.append(url)
            return .read(reader.read(body, file: url))
        }
        switch response.status {
        case 200..<300:
            let read = reader.read(response.body, file: url)
            if let failure = read.failure {
                summary.failures.append(failure)
                return .failed
            }
            if let accepts, !accepts.contains(where: { $0 == read.format }) {
                let type = response.header("Content-Type").map { ", served as \($0)" } ?? ""
                let found = read.format.map { "reads as \($0.rawValue)" } ?? "holds no incidents"
                return fail(url, "the body \(found)\(type)", expected: expected)
            }
            let document = ArchivedDocument(
                content: response.body,
                read: IncidentLoader.ReadDocument(file: url, format: read.format, incidents: read.incidents))
            let now = clock.date()
            if try archive.store(document, importedAt: now) {
                summary.stored.append(url)
            } else {
                summary.unchanged.append(url)
            }
            try archive.record(
                FetchRecord(
                    url: url, fetchedAt: now, status: response.status, etag: response.header("ETag"),
                    lastModified: response.header("Last-Modified"), checksum: document.checksum))
            return .read(read)
        case 404 where !required, 410 where !required:
            summary.absent.append(url)
            return .absent
        default:
            var reason = "HTTP \(response.status)\(tries)"
            if let wait = result.refusedRetryAfter {
                reason +=
                    " (Retry-After \(Int(wait)) s is longer than the \(Int(client.policy.maxRetryAfter)) s allowed)"
            }
            if response.url != url { reason += " from \(response.url)" }
            return fail(url, reason, expected: expected)
        }
    }

    /// Notes a failure of `url`.
    func fail(_ url: String, _ reason: String, expected: String) -> Fetched {
        summary.failures.append(ReadFailure(file: url, reason: reason, expected: expected))
        return .failed
    }
}
