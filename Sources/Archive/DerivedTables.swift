import Foundation
import GRDB
import Reporting

/// The tables analysts query, one per CSV file with the file's columns, typed: text as `TEXT`,
/// instants as ISO 8601 `TEXT`, minutes and fractions as `REAL`, counts as `INTEGER`, yes/no as
/// `BOOLEAN` (0 or 1), and `NULL` where the CSV field is empty (unknown).
///
/// They are written from ``CSVRecords`` (the files' own column definitions) with the raw style, so
/// a table and its CSV file cannot disagree.
enum DerivedTables {
    /// The SQL type of a column of `kind`.
    static func sqlType(_ kind: CSVFieldKind) -> String {
        switch kind {
        case .text, .paragraphs, .code, .instant: "TEXT"
        case .minutes, .fraction: "REAL"
        case .integer: "INTEGER"
        case .boolean: "BOOLEAN"
        }
    }

    /// The database value of a CSV field: `NULL` for an empty field, else the field as its kind's type.
    static func value(_ field: String, _ kind: CSVFieldKind) -> DatabaseValue {
        guard !field.isEmpty else { return .null }
        switch kind {
        case .text, .paragraphs, .code, .instant: return field.databaseValue
        case .minutes, .fraction: return Double(field)?.databaseValue ?? field.databaseValue
        case .integer: return Int64(field)?.databaseValue ?? field.databaseValue
        case .boolean: return (field == "true").databaseValue
        }
    }

    /// Indexes for the period and vendor queries, by table.
    static let indexes: [String: [[String]]] = [
        "incidents": [["vendor", "incident_id"], ["impact_start"], ["public_resolved"]],
        "updates": [["vendor", "incident_id"], ["posted"]],
        "timeline": [["vendor", "incident_id"], ["instant"]],
        "components": [["vendor", "component"]],
        "diagnostics": [["vendor", "incident_id"], ["code"]],
    ]

    /// Replaces every derived table with `records`, inside the caller's transaction.
    static func replace(_ records: [CSVRecords], in db: Database) throws {
        for table in records {
            let name = table.tableName
            try db.execute(sql: "DROP TABLE IF EXISTS \(quoted(name))")
            let columns = table.columns.map { "\(quoted($0.name)) \(sqlType($0.kind))" }.joined(separator: ", ")
            try db.execute(sql: "CREATE TABLE \(quoted(name)) (\(columns))")
            let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
            let insert = try db.makeStatement(sql: "INSERT INTO \(quoted(name)) VALUES (\(marks))")
            let kinds = table.columns.map(\.kind)
            for row in table.rows {
                try insert.execute(arguments: StatementArguments(zip(row, kinds).map { value($0, $1) }))
            }
            for (index, columns) in (indexes[name] ?? []).enumerated() {
                try db.execute(
                    sql: "CREATE INDEX \(quoted("\(name)_\(index + 1)")) ON \(quoted(name)) "
                        + "(\(columns.map(quoted).joined(separator: ", ")))")
            }
        }
    }

    /// An SQL identifier in double quotes.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
