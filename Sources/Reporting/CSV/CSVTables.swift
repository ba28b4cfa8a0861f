/// The five CSV files of a report, rendered, and their documentation.
public enum CSVTables {
    /// Every CSV file of the report, in a fixed order: incidents, updates, timeline, components, diagnostics.
    public static func files(for report: Report, style: CSVStyle = .neutralised) -> [ReportFile] {
        renderers(for: report, style: style).map { $0() }
    }

    /// One renderer per CSV file, in file order, to run wherever the caller likes.
    public static func renderers(for report: Report, style: CSVStyle = .neutralised) -> [@Sendable () -> ReportFile] {
        CSVRecords.builders(for: report, style: style).map { build in { build().file } }
    }

    /// The documentation of every table, in file order.
    public static var documentation: [CSVTableDocumentation] {
        [
            IncidentsCSV.table.documentation, UpdatesCSV.table.documentation, TimelineCSV.table.documentation,
            ComponentsCSV.table.documentation, DiagnosticsCSV.table.documentation,
        ]
    }
}
