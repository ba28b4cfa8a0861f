import Foundation
import GRDB
import IncidentModel
import Pipeline
import Reporting

/// An SQLite archive of what was read, kept between runs: each source document (path, checksum,
/// bytes, when it was imported) and the incidents its reader gave, before merging.
///
/// Reading the archive gives what reading the same files gives: the stored accounts go through the
/// loader's merging and reconciling (``IncidentLoader/assemble(_:failures:)``) in the order a folder
/// walk would read the files. WAL journal, a busy timeout, and one transaction per document, so a
/// run killed mid-way leaves the archive as it was before the document it was storing.
public final class IncidentArchive: Sendable {
    /// Why an archive cannot be used: the message names the file and what was expected.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The message.
        public let description: String
    }

    /// The archive file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the archive at `path`: to write (`create`, making it when missing and migrating it; an
    /// import holds ``ArchiveLock`` first) or read-only (it must exist at the current schema version).
    public init(path: String, create: Bool = true) throws(Failure) {
        self.path = path
        guard create || FileManager.default.fileExists(atPath: path) else {
            throw Failure(description: "\(path): no archive here (expected one written by `postmortem import`)")
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        if create {
            configuration.journalMode = .wal
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        } else {
            configuration.readonly = true
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let found = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            guard found <= ArchiveSchema.version else {
                throw Failure(
                    description: "\(path): the archive has schema version \(found), newer than this build's "
                        + "\(ArchiveSchema.version); use a newer postmortem")
            }
            guard create || found == ArchiveSchema.version else {
                throw Failure(
                    description: found == 0
                        ? "\(path): not an archive (expected one written by `postmortem import`)"
                        : "\(path): the archive has schema version \(found); run `postmortem import` on it to upgrade it"
                )
            }
            if create { try ArchiveSchema.migrator.migrate(queue) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(path): cannot open the archive (expected an SQLite file): \(error)")
        }
    }

    /// Stores a document and its accounts in one transaction; `false` when the same bytes were
    /// already archived from the same path (by an earlier run, or another one running at once).
    @discardableResult
    public func store(_ document: ArchivedDocument, importedAt: Date = Date()) throws -> Bool {
        let accounts = try document.read.incidents.map(ArchivedAccount.init)
        var stored = false
        try queue.inTransaction(.immediate) { db in
            try db.execute(
                sql: """
                    INSERT INTO source_content (checksum, size, content) VALUES (?, ?, ?)
                    ON CONFLICT(checksum) DO NOTHING
                    """,
                arguments: [document.checksum, document.content.count, document.content])
            try db.execute(
                sql: """
                    INSERT INTO source_document (path, checksum, format, imported_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(path, checksum) DO NOTHING
                    """,
                arguments: [
                    document.read.file, document.checksum, document.read.format?.rawValue,
                    UTCTime.iso(importedAt),
                ])
            guard db.changesCount > 0 else { return .commit }
            let id = db.lastInsertedRowID
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO source_incident (document_id, seq, vendor, incident_id, first_at, last_at, account)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            for (seq, account) in accounts.enumerated() {
                try insert.execute(arguments: [
                    id, seq, account.vendor, account.id, account.firstAt, account.lastAt, account.json,
                ])
            }
            stored = true
            return .commit
        }
        return stored
    }

    /// Every archived document as its reader gave it, in the order a folder walk reads the paths
    /// (path by path component, then import order for one path imported twice).
    public func documents() throws -> [IncidentLoader.ReadDocument] {
        try queue.read { db in try Self.documents(in: db) }
    }

    /// ``documents()`` inside a transaction the caller holds.
    static func documents(in db: Database) throws -> [IncidentLoader.ReadDocument] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT d.id, d.path, d.format, a.account FROM source_document d
                LEFT JOIN source_incident a ON a.document_id = d.id ORDER BY d.id, a.seq
                """
        ).map { row -> (id: Int64, path: String, format: String?, account: Data?) in
            (row["id"], row["path"], row["format"], row["account"])
        }
        var order: [Int64] = []
        var byID: [Int64: (path: String, format: String?, accounts: [Data])] = [:]
        for row in rows {
            if byID[row.id] == nil {
                order.append(row.id)
                byID[row.id] = (row.path, row.format, [])
            }
            if let account = row.account { byID[row.id]?.accounts.append(account) }
        }
        order.sort { left, right in
            let a = byID[left]!.path.split(separator: "/", omittingEmptySubsequences: false)
            let b = byID[right]!.path.split(separator: "/", omittingEmptySubsequences: false)
            return a.lexicographicallyPrecedes(b) || (a == b && left < right)
        }
        let entries = order.map { byID[$0]! }
        let decoded = try ArchivedAccount.decode(entries.map(\.accounts))
        return zip(entries, decoded).map { entry, incidents in
            IncidentLoader.ReadDocument(
                file: entry.path, format: entry.format.flatMap(SourceFormat.init(rawValue:)), incidents: incidents)
        }
    }

    /// Loads the archive as `loader` loads files: merged and reconciled as its settings say.
    public func load(with loader: IncidentLoader) throws -> IncidentLoader.Result {
        loader.assemble(try documents())
    }
}
