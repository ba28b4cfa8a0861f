import Foundation
import GRDB

/// The archive in an SQLite file through GRDB: WAL journal, a busy timeout, `BEGIN IMMEDIATE` for
/// writes, and the schema version in `PRAGMA user_version`.
final class SQLiteEngine: ArchiveEngine {
    let name: String
    let dialect = ArchiveDialect.sqlite
    private let queue: DatabaseQueue

    /// Opens the file at `path`: to write (WAL, created when missing) or read-only.
    init(path: String, create: Bool) throws {
        name = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        if create {
            configuration.journalMode = .wal
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        } else {
            configuration.readonly = true
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    func schemaVersion() throws -> Int {
        try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    func migrate() throws { try ArchiveSchema.migrator.migrate(queue) }

    func write<T>(_ body: (any ArchiveConnection) throws -> T) throws -> T {
        var result: T?
        try queue.inTransaction(.immediate) { db in
            result = try body(Connection(db: db))
            return .commit
        }
        guard let result else { preconditionFailure("a committed transaction gave no result") }
        return result
    }

    func read<T>(_ body: (any ArchiveConnection) throws -> T) throws -> T {
        try queue.read { db in try body(Connection(db: db)) }
    }

    /// Statements on GRDB's database connection.
    struct Connection: ArchiveConnection {
        var dialect: ArchiveDialect { .sqlite }
        let db: Database

        func execute(_ sql: String, _ arguments: [ArchiveValue]) throws {
            try db.execute(sql: sql, arguments: Self.arguments(arguments))
        }

        func fetch(_ sql: String, _ arguments: [ArchiveValue]) throws -> [ArchiveRow] {
            try Row.fetchAll(db, sql: sql, arguments: Self.arguments(arguments)).map { row in
                ArchiveRow(names: Array(row.columnNames), values: Array(row.databaseValues))
            }
        }

        func insert(into table: String, columns: [String], rows: [[ArchiveValue]]) throws {
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let statement = try db.makeStatement(
                sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
            for row in rows { try statement.execute(arguments: Self.arguments(row)) }
        }

        func tableExists(_ table: String) throws -> Bool { try db.tableExists(table) }

        private static func arguments(_ values: [ArchiveValue]) -> StatementArguments {
            StatementArguments(values.map(\.databaseValue))
        }
    }
}
