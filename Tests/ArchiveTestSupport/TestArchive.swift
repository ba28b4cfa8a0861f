import Foundation
import GRDB

@testable import Archive

/// One test's archive, with queries on it whatever the engine.
///
/// It has a location (a file path or a PostgreSQL URL) and a scratch folder; ``remove()`` drops both.
public struct TestArchive: Sendable {
    /// The engine.
    public let engine: ArchiveEngineKind
    /// The `--db` value: the SQLite file or the PostgreSQL URL.
    public let location: String
    /// A scratch folder for the test (the SQLite file is in it).
    public let folder: URL
    var server: PostgresURL?
    var database: String?

    init(engine: ArchiveEngineKind, location: String, folder: URL, server: PostgresURL? = nil, database: String? = nil)
    {
        self.engine = engine
        self.location = location
        self.folder = folder
        self.server = server
        self.database = database
    }

    /// The SQLite archive at `path`, with `folder` as its scratch folder.
    public init(sqlite path: String, folder: URL) {
        self.init(engine: .sqlite, location: path, folder: folder)
    }

    /// Another archive on the same engine (a second SQLite file in the folder, or a second database).
    public func sibling(_ name: String) throws -> TestArchive {
        guard let server else {
            return TestArchive(
                engine: engine, location: folder.appendingPathComponent("\(name).sqlite").path, folder: folder)
        }
        let database = (self.database ?? "pm") + "_" + name
        try PostgresEngine(url: server).run("CREATE DATABASE \(database)")
        return TestArchive(
            engine: engine, location: server.with(database: database).description, folder: folder, server: server,
            database: database)
    }

    /// Removes the folder and drops the database.
    public func remove() {
        try? FileManager.default.removeItem(at: folder)
        removeDatabase()
    }

    /// Removes the archive only (the SQLite file and its journal, or the database), not the folder.
    public func removeDatabase() {
        if let server, let database {
            try? PostgresEngine(url: server).run("DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
        } else {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location + suffix) }
        }
    }

    /// Whether `table` exists in the archive.
    public func tableExists(_ table: String) throws -> Bool {
        try engine(writing: false).read { try $0.tableExists(table) }
    }

    /// The derived tables' rows in the order they were written, and the documents (no import times, no
    /// revisions), as text.
    public func data() throws -> String {
        try engine(writing: false).read { db in
            var out = ""
            for table in ["incidents", "updates", "timeline", "components", "diagnostics"] {
                out += "## \(table)\n"
                for row in try db.fetch("SELECT * FROM \(table) ORDER BY \(db.dialect.insertionOrder)") {
                    out += row.description + "\n"
                }
            }
            for row in try db.fetch("SELECT path, checksum FROM source_document ORDER BY path") {
                out += row.description + "\n"
            }
            return out
        }
    }

    /// Whether the archive was created (an SQLite file exists; a database always does).
    public var exists: Bool { engine == .postgres || FileManager.default.fileExists(atPath: location) }

    /// The rows a query gives, by column.
    public func rows(_ sql: String) throws -> [[String: DatabaseValue]] {
        try fetch(sql).map { Dictionary(zip($0.names, $0.values), uniquingKeysWith: { first, _ in first }) }
    }

    private func fetch(_ sql: String) throws -> [ArchiveRow] {
        try engine(writing: false).read { try $0.fetch(sql) }
    }

    /// The first value of a query's first row, as an integer.
    public func count(_ sql: String) throws -> Int {
        try engine(writing: false).read { try $0.count(sql) }
    }

    /// Runs a statement (in its own transaction).
    public func execute(_ sql: String) throws {
        try engine(writing: true).write { try $0.execute(sql) }
    }

    /// The archive's engine, opened without migrating or checking it (a raw connection).
    private func engine(writing: Bool) throws -> any ArchiveEngine {
        if let server, let database { return try PostgresEngine(url: server.with(database: database)) }
        return try SQLiteEngine(path: location, create: writing)
    }

    /// Every row of the derived tables (and revisions, without their times) and the documents, as text.
    public func dump(revisions: Bool = true) throws -> String {
        var out = ""
        var tables = ["incidents", "updates", "timeline", "components", "diagnostics"]
        if revisions { tables.append("incident_revision") }
        for table in tables {
            let columns = try fetch("SELECT * FROM \(table) LIMIT 1").first?.names ?? []
            let list = columns.filter { $0 != "recorded_at" }.map { "\"\($0)\"" }.joined(separator: ", ")
            out += "## \(table)\n"
            guard !list.isEmpty else { continue }
            for row in try fetch("SELECT \(list) FROM \(table) ORDER BY \(list)") { out += row.description + "\n" }
        }
        let documents = try fetch("SELECT path, checksum, format FROM source_document ORDER BY path, checksum")
        return out + "## documents\n" + documents.map(\.description).joined(separator: "\n")
    }
}
