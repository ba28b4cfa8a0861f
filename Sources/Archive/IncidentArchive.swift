import Foundation
import GRDB
import IncidentModel
import Pipeline
import Reporting

/// An archive of what was read, kept between runs, in an SQLite file or a PostgreSQL database: each
/// source document (path, checksum, bytes, when it was imported) and the incidents its reader gave,
/// before merging.
///
/// Reading the archive gives what reading the same files gives: the stored accounts go through the
/// loader's merging and reconciling (``IncidentLoader/assemble(_:failures:)``) in the order a folder
/// walk would read the files. One transaction per document, so a run killed mid-way leaves the
/// archive as it was before the document it was storing. The logic is written once over
/// ``ArchiveEngine``; ``SQLiteEngine`` and ``PostgresEngine`` run it.
public final class IncidentArchive: Sendable {
    /// Why an archive cannot be used: the message names the file and what was expected.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The message.
        public let description: String
    }

    /// The archive as messages name it: the SQLite file, or the PostgreSQL URL without its password.
    public let path: String
    /// Whether the archive is an SQLite file (which an import must not read as an input).
    public var isFile: Bool { engine.dialect == .sqlite }
    let engine: any ArchiveEngine

    /// Opens the SQLite archive at `path`: to write (`create`, making it when missing and migrating
    /// it; an import holds ``ArchiveLock`` first) or read-only (it must exist at the current schema
    /// version).
    public init(path: String, create: Bool = true) throws(Failure) {
        self.path = path
        guard create || FileManager.default.fileExists(atPath: path) else {
            throw Failure(description: "\(path): no archive here (expected one written by `postmortem import`)")
        }
        do {
            engine = try SQLiteEngine(path: path, create: create)
            try Self.check(engine, create: create)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(path): cannot open the archive (expected an SQLite file): \(error)")
        }
    }

    /// Opens the PostgreSQL archive `url` names, as ``init(path:create:)`` opens a file (the database
    /// must exist; its tables are created when `create`).
    public init(postgres url: PostgresURL, create: Bool = true) throws(Failure) {
        path = url.display
        do {
            engine = try PostgresEngine(url: url)
            try Self.check(engine, create: create)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(url.display): cannot open the archive: \(error)")
        }
    }

    /// Opens the archive a `--db` value names (``ArchiveLocation``).
    public convenience init(location: String, create: Bool = true) throws(Failure) {
        if PostgresURL.isPostgres(location) {
            let url: PostgresURL
            do { url = try PostgresURL(location) } catch { throw Failure(description: error.description) }
            try self.init(postgres: url, create: create)
        } else {
            try self.init(path: ArchiveLocation.path(location), create: create)
        }
    }

    /// Refuses a newer schema (and, to read, an older or missing one); migrates when `create`.
    private static func check(_ engine: any ArchiveEngine, create: Bool) throws {
        let found = try engine.schemaVersion()
        let name = engine.name
        guard found <= ArchiveSchema.version else {
            throw Failure(
                description: "\(name): the archive has schema version \(found), newer than this build's "
                    + "\(ArchiveSchema.version); use a newer postmortem")
        }
        guard create || found == ArchiveSchema.version else {
            throw Failure(
                description: found == 0
                    ? "\(name): not an archive (expected one written by `postmortem import`)"
                    : "\(name): the archive has schema version \(found); run `postmortem import` on it to upgrade it"
            )
        }
        if create { try engine.migrate() }
    }

    /// Stores a document and its accounts in one transaction; `false` when the same bytes were
    /// already archived from the same path (by an earlier run, or another one running at once).
    @discardableResult
    public func store(_ document: ArchivedDocument, importedAt: Date = Date()) throws -> Bool {
        let accounts = try document.read.incidents.map(ArchivedAccount.init)
        return try engine.write { db in
            try db.execute(
                """
                INSERT INTO source_content (checksum, size, content) VALUES (?, ?, ?)
                ON CONFLICT(checksum) DO NOTHING
                """,
                [.text(document.checksum), .integer(Int64(document.content.count)), .blob(document.content)])
            let inserted = try db.fetch(
                """
                INSERT INTO source_document (path, checksum, format, imported_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(path, checksum) DO NOTHING RETURNING id
                """,
                [
                    .text(document.read.file), .text(document.checksum), .text(document.read.format?.rawValue),
                    .instant(UTCTime.iso(importedAt)),
                ])
            guard let id = inserted.first?.get("id", as: Int64.self) else { return false }
            try db.insert(
                into: "source_incident",
                columns: ["document_id", "seq", "vendor", "incident_id", "first_at", "last_at", "account"],
                rows: accounts.enumerated().map { seq, account in
                    [
                        .integer(id), .integer(Int64(seq)), .text(account.vendor), .text(account.id),
                        .instant(account.firstAt), .instant(account.lastAt), .blob(account.json),
                    ]
                })
            return true
        }
    }

    /// Every archived document as its reader gave it, in the order a folder walk reads the paths
    /// (path by path component, then import order for one path imported twice).
    public func documents() throws -> [IncidentLoader.ReadDocument] {
        try engine.read { db in try Self.documents(in: db) }
    }

    /// ``documents()`` inside a transaction the caller holds.
    static func documents(in db: any ArchiveConnection) throws -> [IncidentLoader.ReadDocument] {
        let rows = try db.fetch(
            """
            SELECT d.id, d.path, d.format, a.account FROM source_document d
            LEFT JOIN source_incident a ON a.document_id = d.id ORDER BY d.id, a.seq
            """
        ).map { row -> (id: Int64, path: String, format: String?, account: Data?) in
            (row.get("id") ?? 0, row.get("path") ?? "", row.get("format"), row.get("account"))
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
