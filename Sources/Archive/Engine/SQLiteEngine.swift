import Foundation
import GRDB
import GRDBSQLite

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
            // A checkpoint every 8,000 pages (32 MiB of journal) rather than SQLite's 1,000: an import
            // commits once per document, and each checkpoint waits for the disk (6% of an import).
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 8000")
            }
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

        /// Inserts `rows` through one prepared statement, binding each value with SQLite's own calls:
        /// GRDB's generic argument path cost about 2,000 instructions a value (a third of an import's
        /// rebuild), the bindings here a few dozen.
        func insert(into table: String, columns: [String], rows: [[ArchiveValue]]) throws {
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let statement = try db.makeStatement(
                sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }
            for row in rows {
                sqlite3_reset(handle)
                for (index, value) in row.enumerated() {
                    try check(Self.bind(value, at: CInt(index + 1), handle), statement)
                }
                try check(sqlite3_step(handle), statement)
            }
        }

        /// Throws SQLite's message for a code other than `SQLITE_OK` / `SQLITE_DONE`.
        private func check(_ code: CInt, _ statement: Statement) throws {
            guard code != SQLITE_OK, code != SQLITE_DONE else { return }
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                sql: statement.sql)
        }

        /// Binds one value as ``ArchiveValue/databaseValue`` stores it (a boolean as 0 or 1).
        private static func bind(_ value: ArchiveValue, at index: CInt, _ handle: OpaquePointer) -> CInt {
            let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
            switch value {
            case .null: return sqlite3_bind_null(handle, index)
            case .integer(let number): return sqlite3_bind_int64(handle, index, number)
            case .boolean(let flag): return sqlite3_bind_int64(handle, index, flag ? 1 : 0)
            case .real(let number): return sqlite3_bind_double(handle, index, number)
            case .text(let text), .instant(let text):
                var text = text
                return text.withUTF8 { bytes in
                    // An empty buffer has no address, which SQLite would read as NULL.
                    guard let base = bytes.baseAddress else {
                        return sqlite3_bind_text(handle, index, "", 0, transient)
                    }
                    let characters = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                    return sqlite3_bind_text(handle, index, characters, CInt(bytes.count), transient)
                }
            case .blob(let data):
                guard !data.isEmpty else { return sqlite3_bind_zeroblob(handle, index, 0) }
                return data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(handle, index, bytes.baseAddress, CInt(bytes.count), transient)
                }
            }
        }

        func tableExists(_ table: String) throws -> Bool { try db.tableExists(table) }

        private static func arguments(_ values: [ArchiveValue]) -> StatementArguments {
            StatementArguments(values.map(\.databaseValue))
        }
    }
}
