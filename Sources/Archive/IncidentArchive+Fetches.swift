import Foundation
import GRDB
import Reporting

extension IncidentArchive {
    /// Records a fetch whose body was stored (or was archived already) as the document at `url` with
    /// `checksum`, and keeps its validators for the URL's next conditional request, in one transaction.
    ///
    /// A fetch that gave the same body and the same validators as the last one recorded for the URL
    /// records nothing, so a pull that finds nothing new leaves the archive as it was.
    @discardableResult
    public func record(_ fetch: FetchRecord) throws -> Bool {
        var recorded = false
        try queue.inTransaction(.immediate) { db in
            let last = try Row.fetchOne(
                db, sql: "SELECT etag, last_modified, checksum FROM fetch_validator WHERE url = ?",
                arguments: [fetch.url])
            if let last, last["checksum"] == fetch.checksum, last["etag"] == fetch.etag,
                last["last_modified"] == fetch.lastModified
            {
                return .commit
            }
            let document = try Int64.fetchOne(
                db, sql: "SELECT id FROM source_document WHERE path = ? AND checksum = ? ORDER BY id DESC LIMIT 1",
                arguments: [fetch.url, fetch.checksum])
            let when = UTCTime.iso(fetch.fetchedAt)
            try db.execute(
                sql: """
                    INSERT INTO fetch (document_id, url, fetched_at, status, etag, last_modified)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [document, fetch.url, when, fetch.status, fetch.etag, fetch.lastModified])
            try db.execute(
                sql: """
                    INSERT INTO fetch_validator (url, etag, last_modified, checksum, fetched_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                        checksum = excluded.checksum, fetched_at = excluded.fetched_at
                    """,
                arguments: [fetch.url, fetch.etag, fetch.lastModified, fetch.checksum, when])
            recorded = true
            return .commit
        }
        return recorded
    }

    /// The validators kept for `url` (from its last recorded fetch), or `nil` when it was never fetched.
    public func validators(for url: String) throws -> FetchRecord? {
        try queue.read { db in
            try Row.fetchOne(
                db, sql: "SELECT url, etag, last_modified, checksum, fetched_at FROM fetch_validator WHERE url = ?",
                arguments: [url]
            ).map { row in
                FetchRecord(
                    url: row["url"], fetchedAt: Self.instant(row["fetched_at"]),
                    status: 200, etag: row["etag"], lastModified: row["last_modified"], checksum: row["checksum"])
            }
        }
    }

    /// The body last recorded for `url` (what a `304 Not Modified` stands for), or `nil`.
    public func lastBody(for url: String) throws -> Data? {
        try queue.read { db in
            try Data.fetchOne(
                db,
                sql: """
                    SELECT c.content FROM fetch_validator v JOIN source_content c ON c.checksum = v.checksum
                    WHERE v.url = ?
                    """, arguments: [url])
        }
    }

    /// Every recorded fetch, oldest first.
    public func fetches() throws -> [FetchRecord] {
        try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT f.url, f.fetched_at, f.status, f.etag, f.last_modified, d.checksum FROM fetch f
                    LEFT JOIN source_document d ON d.id = f.document_id ORDER BY f.id
                    """
            ).map { row in
                FetchRecord(
                    url: row["url"], fetchedAt: Self.instant(row["fetched_at"]),
                    status: row["status"], etag: row["etag"], lastModified: row["last_modified"],
                    checksum: row["checksum"] ?? "")
            }
        }
    }

    /// An instant this archive wrote (`2025-01-10T16:37:00Z`).
    private static func instant(_ text: String) -> Date {
        (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
    }
}
