import Foundation
import GRDB
import IncidentModel
import Pipeline
import Reporting
import Synchronization

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
    /// The incidents of the documents this value stored, by document id: a rebuild after an import
    /// takes them as the reader gave them instead of decoding what it has just encoded.
    let stored = Mutex<[Int64: [Incident]]>([:])

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
        let accounts = try document.encodedAccounts()
        let id = try engine.write { db -> Int64? in
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
            guard let id = inserted.first?.get("id", as: Int64.self) else { return nil }
            try db.insert(
                into: "source_incident",
                columns: ["document_id", "seq", "vendor", "incident_id", "first_at", "last_at", "account"],
                rows: accounts.enumerated().map { seq, account in
                    [
                        .integer(id), .integer(Int64(seq)), .text(account.vendor), .text(account.id),
                        .instant(account.firstAt), .instant(account.lastAt), .blob(account.json),
                    ]
                })
            return id
        }
        guard let id else { return false }
        stored.withLock { $0[id] = document.read.incidents }
        return true
    }

    /// Every archived document as its reader gave it, in the order a folder walk reads the paths
    /// (path by path component, then import order for one path imported twice).
    public func documents() throws -> [IncidentLoader.ReadDocument] {
        try engine.read { db in try documents(in: db).map(\.document) }
    }

    /// ``documents()`` inside a transaction the caller holds, each with its id; the accounts of
    /// documents this value stored are not decoded but taken as the reader gave them.
    func documents(in db: any ArchiveConnection) throws -> [(id: Int64, document: IncidentLoader.ReadDocument)] {
        let known = stored.withLock { $0 }
        let entries = try Self.documentEntries(in: db)
        let unknown = entries.map(\.id).filter { known[$0] == nil }
        var accounts: [Int64: [Data]] = [:]
        if unknown.count == entries.count {
            Self.collect(
                try db.fetch("SELECT document_id, account FROM source_incident ORDER BY document_id, seq"),
                into: &accounts)
        } else {
            for start in stride(from: 0, to: unknown.count, by: 500) {
                let chunk = unknown[start..<min(unknown.count, start + 500)]
                let rows = try db.fetch(
                    "SELECT document_id, account FROM source_incident WHERE document_id IN ("
                        + Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                        + ") ORDER BY document_id, seq", chunk.map { .integer($0) })
                Self.collect(rows, into: &accounts)
            }
        }
        let decoded = try ArchivedAccount.decode(unknown.map { accounts[$0] ?? [] })
        let byID = Dictionary(uniqueKeysWithValues: zip(unknown, decoded))
        return entries.map { entry in
            (entry.id, entry.document(incidents: known[entry.id] ?? byID[entry.id] ?? []))
        }
    }

    /// One archived document without its accounts.
    struct DocumentEntry {
        var id: Int64
        var path: String
        var format: String?
        var parts: [Substring]

        /// The document as its reader gave it, with `incidents`.
        func document(incidents: [Incident]) -> IncidentLoader.ReadDocument {
            IncidentLoader.ReadDocument(
                file: path, format: format.flatMap(SourceFormat.init(rawValue:)), incidents: incidents)
        }
    }

    /// Every archived document in the order a folder walk reads the paths (path by path component,
    /// then import order for one path imported twice).
    static func documentEntries(in db: any ArchiveConnection) throws -> [DocumentEntry] {
        try db.fetch("SELECT id, path, format FROM source_document").map { row in
            let path: String = row.get("path") ?? ""
            return DocumentEntry(
                id: row.get("id") ?? 0, path: path, format: row.get("format"),
                parts: path.split(separator: "/", omittingEmptySubsequences: false))
        }.sorted { a, b in a.parts.lexicographicallyPrecedes(b.parts) || (a.parts == b.parts && a.id < b.id) }
    }

    /// Adds each row's `account` to its `document_id`'s list, in the rows' order.
    static func collect(_ rows: [ArchiveRow], into accounts: inout [Int64: [Data]]) {
        for row in rows {
            guard let id: Int64 = row.get("document_id"), let account: Data = row.get("account") else { continue }
            accounts[id, default: []].append(account)
        }
    }

    /// Loads the archive as `loader` loads files: merged and reconciled as its settings say.
    public func load(with loader: IncidentLoader) throws -> IncidentLoader.Result {
        loader.assemble(try documents())
    }
}
