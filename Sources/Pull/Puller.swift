import Archive
import Foundation
import Pipeline

/// `postmortem pull`: fetches what each status page publishes and archives every body as a source
/// document whose path is its URL, with its fetch record; then rebuilds the derived tables once.
///
/// A pull holds the archive's lock (``ArchiveLock``) for its whole run, as an import does. A URL that
/// fails is noted and the others are still pulled.
public struct Puller: Sendable {
    /// Reads, reconciles and measures as the other commands do (for the rebuild).
    public var builder: ReportBuilder
    /// Retries, pacing, timeouts and limits.
    public var policy: PullPolicy
    /// The `User-Agent` header.
    public var userAgent: String
    /// The clock requests are paced and retried on, and fetches dated by.
    public var clock: PullClock

    /// A puller.
    public init(
        builder: ReportBuilder, policy: PullPolicy = PullPolicy(), userAgent: String, clock: PullClock = .system
    ) {
        self.builder = builder
        self.policy = policy
        self.userAgent = userAgent
        self.clock = clock
    }

    /// The `User-Agent` for a version: `postmortem/0.1.0 (+https://github.com/postmortem-tools/postmortem)`.
    public static func userAgent(version: String) -> String {
        "postmortem/\(version) (+https://github.com/postmortem-tools/postmortem)"
    }

    /// Pulls `targets` into the archive `path` names (an SQLite file, created when missing, or a
    /// PostgreSQL URL, see ``ArchiveLocation``); `progress` hears the running summary after every URL.
    public func run(
        _ targets: [PullTarget], intoArchiveAt path: String, progress: ((PullSummary) -> Void)? = nil
    ) throws -> PullSummary {
        let lock = PostgresURL.isPostgres(path) ? nil : try ArchiveLock(path: ArchiveLocation.path(path))
        defer { withExtendedLifetime(lock) {} }
        let archive = try IncidentArchive(location: path)
        let client = PullClient(policy: policy, userAgent: userAgent, clock: clock)
        let session = PullSession(client: client, archive: archive, clock: clock, progress: progress)
        let discovery = SiteDiscovery()
        for target in targets { try discovery.pull(target, session) }
        var summary = session.summary
        summary.rebuild = try archive.rebuild(with: builder, at: clock.date())
        return summary
    }
}
