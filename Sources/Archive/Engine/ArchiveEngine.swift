import Foundation
import Reporting

/// The database under an archive: the archive's logic (``IncidentArchive``) is written once against
/// this seam, and each engine runs it in its own SQL where the engines differ.
protocol ArchiveEngine: Sendable {
    /// The archive as its messages name it: the SQLite file, or the PostgreSQL URL without a password.
    var name: String { get }
    /// The SQL the engine speaks where the engines differ.
    var dialect: ArchiveDialect { get }
    /// The schema version the archive holds (0 for an empty database).
    func schemaVersion() throws -> Int
    /// Brings the schema to ``ArchiveSchema/version``.
    func migrate() throws
    /// Runs `body` in one write transaction: committed when it returns, rolled back when it throws.
    func write<T>(_ body: (any ArchiveConnection) throws -> T) throws -> T
    /// Runs `body` in one read transaction that sees one state of the archive.
    func read<T>(_ body: (any ArchiveConnection) throws -> T) throws -> T
}

/// Statements inside an engine's transaction.
///
/// SQL is written with `?` placeholders; an engine that numbers them (`$1`) rewrites them.
protocol ArchiveConnection {
    /// The SQL the engine speaks where the engines differ.
    var dialect: ArchiveDialect { get }
    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ arguments: [ArchiveValue]) throws
    /// Runs a statement and returns its rows.
    func fetch(_ sql: String, _ arguments: [ArchiveValue]) throws -> [ArchiveRow]
    /// Inserts `rows` (each with a value per column of `columns`) into `table`.
    func insert(into table: String, columns: [String], rows: [[ArchiveValue]]) throws
    /// Whether `table` exists.
    func tableExists(_ table: String) throws -> Bool
}

extension ArchiveConnection {
    /// Runs a statement without arguments.
    func execute(_ sql: String) throws { try execute(sql, []) }

    /// Fetches without arguments.
    func fetch(_ sql: String) throws -> [ArchiveRow] { try fetch(sql, []) }

    /// The first column of the first row, as an integer.
    func count(_ sql: String, _ arguments: [ArchiveValue] = []) throws -> Int {
        try fetch(sql, arguments).first.flatMap { $0.values.first }.flatMap(Int.fromDatabaseValue) ?? 0
    }
}

/// Where the engines' SQL differs.
enum ArchiveDialect: Sendable {
    case sqlite
    case postgres

    /// The column type of a CSV field of `kind`.
    func sqlType(_ kind: CSVFieldKind) -> String {
        switch (self, kind) {
        case (.sqlite, .text), (.sqlite, .paragraphs), (.sqlite, .code), (.sqlite, .instant): "TEXT"
        case (.sqlite, .minutes), (.sqlite, .fraction): "REAL"
        case (.sqlite, .integer): "INTEGER"
        case (.sqlite, .boolean): "BOOLEAN"
        case (.postgres, .text), (.postgres, .paragraphs), (.postgres, .code): "text"
        case (.postgres, .instant): "timestamptz"
        case (.postgres, .minutes), (.postgres, .fraction): "double precision"
        case (.postgres, .integer): "bigint"
        case (.postgres, .boolean): "boolean"
        }
    }

    /// An expression ordering a table's rows as they were inserted (the derived tables are written
    /// once, in order, and never updated).
    var insertionOrder: String {
        switch self {
        case .sqlite: "rowid"
        case .postgres: "ctid"
        }
    }

    /// The statement that makes writers of the derived tables wait for each other, first in their
    /// transaction; `nil` where the transaction itself is exclusive (SQLite's `BEGIN IMMEDIATE`).
    var rebuildLock: String? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT pg_advisory_xact_lock(\(Self.advisoryKey))"
        }
    }

    /// The advisory lock key of an archive's writers ("pm-arch" in ASCII).
    static let advisoryKey: Int64 = 0x706D_2D61_7263_68
}
