import Foundation
import GRDB
import PostgresNIO
import Reporting

/// The archive in a PostgreSQL database through postgres-nio: one connection, each transaction
/// `BEGIN` … `COMMIT` on it, the schema version in table `schema_version`.
///
/// The command code is synchronous, so each statement waits for its `EventLoopFuture` (never on an
/// event-loop thread: the loops are NIO's own).
final class PostgresEngine: ArchiveEngine {
    let name: String
    let dialect = ArchiveDialect.postgres
    private let connection: PostgresConnection
    private let logger: Logger
    /// One transaction at a time on the one connection.
    private let lock = NSLock()

    /// Connects to the database `url` names.
    init(url: PostgresURL) throws {
        name = url.display
        var logger = Logger(label: "postmortem.archive")
        logger.logLevel = .critical
        self.logger = logger
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: url.configuration, id: 1,
                logger: logger
            ).wait()
        } catch {
            throw IncidentArchive.Failure(
                description: "\(url.display): cannot connect to PostgreSQL (expected a running server and an "
                    + "existing database): \(Self.message(error))")
        }
    }

    deinit {
        let closed: EventLoopFuture<Void> = connection.close()
        try? closed.wait()
    }

    func schemaVersion() throws -> Int {
        try read { connection in
            guard try connection.tableExists("schema_version") else { return 0 }
            return try connection.count("SELECT coalesce(max(version), 0) FROM schema_version")
        }
    }

    func migrate() throws {
        try write { connection in
            // Two imports creating one archive at once: the second waits, then finds it made.
            try connection.execute(ArchiveDialect.postgres.rebuildLock ?? "")
            var found = 0
            if try connection.tableExists("schema_version") {
                found = try connection.count("SELECT coalesce(max(version), 0) FROM schema_version")
            }
            for (index, statements) in PostgresSchema.migrations.enumerated() where index + 1 > found {
                for statement in statements { try connection.execute(statement) }
                try connection.execute("DELETE FROM schema_version")
                try connection.execute("INSERT INTO schema_version (version) VALUES (?)", [.integer(Int64(index + 1))])
            }
        }
    }

    func write<T>(_ body: (any ArchiveConnection) throws -> T) throws -> T {
        try transaction("BEGIN", body)
    }

    func read<T>(_ body: (any ArchiveConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs one statement outside a transaction (`CREATE DATABASE` cannot run inside one).
    func run(_ sql: String) throws {
        lock.lock()
        defer { lock.unlock() }
        try Connection(connection: connection, logger: logger, name: name).execute(sql)
    }

    private func transaction<T>(_ begin: String, _ body: (any ArchiveConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let statements = Connection(connection: connection, logger: logger, name: name)
        try statements.execute(begin)
        do {
            let result = try body(statements)
            try statements.execute("COMMIT")
            return result
        } catch {
            try? statements.execute("ROLLBACK")
            throw error
        }
    }

    /// What the server said, or the error's own text.
    static func message(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)"
    }

    /// Statements on the connection, `?` placeholders numbered `$1`, `$2`, ….
    struct Connection: ArchiveConnection {
        var dialect: ArchiveDialect { .postgres }
        let connection: PostgresConnection
        let logger: Logger
        let name: String

        func execute(_ sql: String, _ arguments: [ArchiveValue]) throws {
            _ = try run(sql, arguments)
        }

        func fetch(_ sql: String, _ arguments: [ArchiveValue]) throws -> [ArchiveRow] {
            try run(sql, arguments).map { row in
                var names: [String] = []
                var values: [DatabaseValue] = []
                for cell in row {
                    names.append(cell.columnName)
                    values.append(try PostgresValues.databaseValue(cell))
                }
                return ArchiveRow(names: names, values: values)
            }
        }

        func insert(into table: String, columns: [String], rows: [[ArchiveValue]]) throws {
            guard !columns.isEmpty else { return }
            // Many rows per statement (at most 65,535 arguments each): one round trip per chunk.
            let perStatement = max(1, min(1000, 60_000 / columns.count))
            let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            for start in stride(from: 0, to: rows.count, by: perStatement) {
                let chunk = rows[start..<min(rows.count, start + perStatement)]
                let sql =
                    "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                    + Array(repeating: row, count: chunk.count).joined(separator: ", ")
                try execute(sql, Array(chunk.joined()))
            }
        }

        func tableExists(_ table: String) throws -> Bool {
            try count(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?",
                [
                    .text(table)
                ]) > 0
        }

        private func run(_ sql: String, _ arguments: [ArchiveValue]) throws -> PostgresQueryResult {
            var binds = PostgresBindings(capacity: arguments.count)
            for argument in arguments { try PostgresValues.bind(argument, into: &binds) }
            do {
                return try connection.query(
                    PostgresQuery(unsafeSQL: PostgresValues.numbered(sql), binds: binds), logger: logger
                ).wait()
            } catch {
                throw IncidentArchive.Failure(description: "\(name): \(PostgresEngine.message(error))")
            }
        }
    }
}
