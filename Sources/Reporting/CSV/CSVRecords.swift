/// One CSV file's rows as fields, with its columns' names and kinds: what a database table of the
/// same name holds (the archive writes these, so its tables cannot drift from the files).
public struct CSVRecords: Sendable {
    /// The file name, such as `incidents.csv`.
    public var fileName: String
    /// Each column's name and kind, in file order.
    public var columns: [(name: String, kind: CSVFieldKind)]
    /// The rows, each with one field per column, written in the style asked for.
    public var rows: [[String]]

    /// The table name: the file name without `.csv`.
    public var tableName: String { fileName.hasSuffix(".csv") ? String(fileName.dropLast(4)) : fileName }

    /// The records of `rows` in `table`.
    public init<Row>(_ table: CSVTable<Row>, rows: [Row], style: CSVStyle) {
        fileName = table.fileName
        columns = table.columns.map { ($0.name, $0.kind) }
        self.rows = rows.map { table.fields($0, style: style) }
    }

    /// The five files' records for a report, in the report's file order.
    public static func all(for report: Report, style: CSVStyle = .raw) -> [CSVRecords] {
        builders(for: report, style: style).map { $0() }
    }

    /// One builder per file, in file order (incidents, updates, timeline, components, diagnostics),
    /// to run wherever the caller likes: the one list of the report's CSV files.
    public static func builders(for report: Report, style: CSVStyle) -> [@Sendable () -> CSVRecords] {
        [
            { CSVRecords(IncidentsCSV.table, rows: report.incidents, style: style) },
            { CSVRecords(UpdatesCSV.table, rows: report.incidents.flatMap(UpdatesCSV.Row.rows(for:)), style: style) },
            {
                CSVRecords(TimelineCSV.table, rows: report.incidents.flatMap(TimelineCSV.Row.rows(for:)), style: style)
            },
            { CSVRecords(ComponentsCSV.table, rows: ComponentsCSV.rows(for: report), style: style) },
            {
                CSVRecords(
                    DiagnosticsCSV.table, rows: report.incidents.flatMap(DiagnosticsCSV.Row.rows(for:)), style: style)
            },
        ]
    }

    /// The RFC 4180 file of these records, header first (what ``CSVTable/render(_:style:)`` writes).
    public var file: ReportFile {
        var writer = CSVWriter(header: columns.map(\.name))
        for row in rows { writer.append(row) }
        return ReportFile(name: fileName, text: writer.text)
    }
}
