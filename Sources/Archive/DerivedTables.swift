import Foundation
import GRDB
import Reporting

/// The tables analysts query, one per CSV file with the file's columns, typed (``ArchiveDialect``):
/// on SQLite text as `TEXT`, instants as ISO 8601 `TEXT`, minutes and fractions as `REAL`, counts as
/// `INTEGER`, yes/no as `BOOLEAN` (0 or 1); on PostgreSQL `text`, `timestamptz`, `double precision`,
/// `bigint` and `boolean`; and `NULL` where the CSV field is empty (unknown).
///
/// They are written from ``CSVRecords`` (the files' own column definitions) with the raw style, so
/// a table and its CSV file cannot disagree.
enum DerivedTables {
    /// The database value of a CSV field: `NULL` for an empty field, else the field as its kind's type.
    static func value(_ field: String, _ kind: CSVFieldKind) -> DatabaseValue {
        argument(field, kind).databaseValue
    }

    /// Indexes for the period and vendor queries, by table.
    static let indexes: [String: [[String]]] = [
        "incidents": [["vendor", "incident_id"], ["impact_start"], ["public_resolved"]],
        "updates": [["vendor", "incident_id"], ["posted"]],
        "timeline": [["vendor", "incident_id"], ["instant"]],
        "components": [["vendor", "component"]],
        "diagnostics": [["vendor", "incident_id"], ["code"]],
    ]

    /// The statement argument of a CSV field: `NULL` for an empty field, else typed by its kind.
    static func argument(_ field: String, _ kind: CSVFieldKind) -> ArchiveValue {
        guard !field.isEmpty else { return .null }
        switch kind {
        case .text, .paragraphs, .code: return .text(field)
        case .instant: return .instant(field)
        case .minutes, .fraction: return Double(field).map { .real($0) } ?? .text(field)
        case .integer: return Int64(field).map { .integer($0) } ?? .text(field)
        case .boolean: return .boolean(field == "true")
        }
    }

    /// Replaces every derived table with `records`, inside the caller's transaction.
    static func replace(_ records: [CSVRecords], in db: any ArchiveConnection) throws {
        for table in records {
            let name = quoted(table.tableName)
            try db.execute("DROP TABLE IF EXISTS \(name)")
            let columns = table.columns.map { "\(quoted($0.name)) \(db.dialect.sqlType($0.kind))" }
            try db.execute("CREATE TABLE \(name) (\(columns.joined(separator: ", ")))")
            let kinds = table.columns.map(\.kind)
            try db.insert(
                into: name, columns: table.columns.map { quoted($0.name) },
                rows: table.rows.map { row in zip(row, kinds).map { argument($0, $1) } })
            for (index, columns) in (indexes[table.tableName] ?? []).enumerated() {
                try db.execute(
                    "CREATE INDEX \(quoted("\(table.tableName)_\(index + 1)")) ON \(name) "
                        + "(\(columns.map(quoted).joined(separator: ", ")))")
            }
        }
    }

    /// An SQL identifier in double quotes.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
