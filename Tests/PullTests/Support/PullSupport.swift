import Archive
import Foundation
import GRDB
import Pipeline
import Pull

/// Temporary archives, pulls with test policies, and what an archive holds, for the pull tests.
enum PullSupport {
    /// A fresh archive path in a new temporary folder; the caller removes the folder.
    static func archive() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pm-pull-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("archive.sqlite").path)
    }

    /// A policy that does not wait between requests or before retries (timing tests set their own).
    static let quick = PullPolicy(baseDelay: 0, jitter: 0, hostInterval: 0, readTimeout: 10, totalTimeout: 30)

    /// Pulls `urls` into the archive at `path`.
    static func pull(
        _ urls: [String], into path: String, policy: PullPolicy = quick, clock: PullClock = .system
    ) throws -> PullSummary {
        let targets = try urls.map { try PullTarget.parse($0).get() }
        return try Puller(builder: ReportBuilder(), policy: policy, userAgent: "postmortem-tests/1", clock: clock)
            .run(targets, intoArchiveAt: path)
    }

    /// Row counts of the archive's tables.
    static func counts(_ path: String) throws -> [String: Int] {
        try DatabaseQueue(path: path).read { db in
            var counts: [String: Int] = [:]
            for table in [
                "incidents", "updates", "source_document", "source_content", "incident_revision", "fetch",
                "fetch_validator",
            ] where try db.tableExists(table) {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    /// Every row of the tables a pull writes, as text (to compare an archive before and after).
    static func dump(_ path: String) throws -> String {
        try DatabaseQueue(path: path).read { db in
            var out = ""
            for table in [
                "source_document", "source_incident", "incident_revision", "fetch", "fetch_validator", "incidents",
                "updates",
            ] {
                out += "## \(table)\n"
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") {
                    out += row.description + "\n"
                }
            }
            return out
        }
    }
}

/// A clock for the tests: `sleep` is recorded and moves the monotonic reading forward without
/// waiting, so waits are asserted as values.
final class RecordingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var virtual = 0.0
    private var recorded: [Double] = []

    /// The waits asked for, in order.
    var sleeps: [Double] { lock.withLock { recorded } }

    /// The clock to hand to a pull.
    var clock: PullClock {
        PullClock(
            now: { [self] in lock.withLock { virtual } }, date: { Date() },
            sleep: { [self] seconds in
                lock.withLock {
                    recorded.append(seconds)
                    virtual += seconds
                }
            })
    }
}
