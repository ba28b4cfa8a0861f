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
        try engine.write { db in
            let last = try db.fetch(
                "SELECT etag, last_modified, checksum FROM fetch_validator WHERE url = ?", [.text(fetch.url)]
            ).first
            if let last, last.get("checksum") == fetch.checksum, last.get("etag") == fetch.etag,
                last.get("last_modified") == fetch.lastModified
            {
                return false
            }
            let document = try db.fetch(
                "SELECT id FROM source_document WHERE path = ? AND checksum = ? ORDER BY id DESC LIMIT 1",
                [.text(fetch.url), .text(fetch.checksum)]
            ).first?.get("id", as: Int64.self)
            let when = ArchiveValue.instant(UTCTime.iso(fetch.fetchedAt))
            try db.execute(
                """
                INSERT INTO "fetch" (document_id, url, fetched_at, status, etag, last_modified)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    document.map { .integer($0) } ?? .null, .text(fetch.url), when, .integer(Int64(fetch.status)),
                    .text(fetch.etag), .text(fetch.lastModified),
                ])
            try db.execute(
                """
                INSERT INTO fetch_validator (url, etag, last_modified, checksum, fetched_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                    checksum = excluded.checksum, fetched_at = excluded.fetched_at
                """,
                [.text(fetch.url), .text(fetch.etag), .text(fetch.lastModified), .text(fetch.checksum), when])
            return true
        }
    }

    /// The validators kept for `url` (from its last recorded fetch), or `nil` when it was never fetched.
    public func validators(for url: String) throws -> FetchRecord? {
        try engine.read { db in
            try db.fetch(
                "SELECT url, etag, last_modified, checksum, fetched_at FROM fetch_validator WHERE url = ?",
                [.text(url)]
            ).first.map { row in
                FetchRecord(
                    url: row.get("url") ?? url, fetchedAt: Self.instant(row.get("fetched_at")), status: 200,
                    etag: row.get("etag"), lastModified: row.get("last_modified"), checksum: row.get("checksum") ?? "")
            }
        }
    }

    /// The body last recorded for `url` (what a `304 Not Modified` stands for), or `nil`.
    public func lastBody(for url: String) throws -> Data? {
        try engine.read { db in
            try db.fetch(
                """
                SELECT c.content FROM fetch_validator v JOIN source_content c ON c.checksum = v.checksum
                WHERE v.url = ?
                """, [.text(url)]
            ).first?.get("content", as: Data.self)
        }
    }

    /// Every recorded fetch, oldest first.
    public func fetches() throws -> [FetchRecord] {
        try engine.read { db in
            try db.fetch(
                """
                SELECT f.url, f.fetched_at, f.status, f.etag, f.last_modified, d.checksum FROM "fetch" f
                LEFT JOIN source_document d ON d.id = f.document_id ORDER BY f.id
                """
            ).map { row in
                FetchRecord(
                    url: row.get("url") ?? "", fetchedAt: Self.instant(row.get("fetched_at")),
                    status: row.get("status") ?? 0, etag: row.get("etag"), lastModified: row.get("last_modified"),
                    checksum: row.get("checksum") ?? "")
            }
        }
    }

    /// An instant this archive wrote (`2025-01-10T16:37:00Z`).
    private static func instant(_ text: String?) -> Date {
        text.flatMap { try? Date($0, strategy: .iso8601) } ?? Date(timeIntervalSince1970: 0)
    }
}
