/// The five CSV files of a report, rendered, and their documentation.
public enum CSVTables {
    /// Every CSV file of the report, in a fixed order: incidents, updates, timeline, components, diagnostics.
    public static func files(for report: Report) -> [ReportFile] {
        renderers(for: report).map { $0() }
    }

    /// One renderer per CSV file, in file order, to run wherever the caller likes.
    public static func renderers(for report: Report) -> [@Sendable () -> ReportFile] {
        [
            { ReportFile(name: IncidentsCSV.table.fileName, text: IncidentsCSV.table.render(report.incidents)) },
            {
                ReportFile(
                    name: UpdatesCSV.table.fileName,
                    text: UpdatesCSV.table.render(report.incidents.flatMap(UpdatesCSV.Row.rows(for:))))
            },
            {
                ReportFile(
                    name: TimelineCSV.table.fileName,
                    text: TimelineCSV.table.render(report.incidents.flatMap(TimelineCSV.Row.rows(for:))))
            },
            {
                ReportFile(
                    name: ComponentsCSV.table.fileName,
                    text: ComponentsCSV.table.render(ComponentsCSV.rows(for: report)))
            },
            {
                ReportFile(
                    name: DiagnosticsCSV.table.fileName,
                    text: DiagnosticsCSV.table.render(report.incidents.flatMap(DiagnosticsCSV.Row.rows(for:))))
            },
        ]
    }

    /// The documentation of every table, in file order.
    public static var documentation: [CSVTableDocumentation] {
        [
            IncidentsCSV.table.documentation, UpdatesCSV.table.documentation, TimelineCSV.table.documentation,
            ComponentsCSV.table.documentation, DiagnosticsCSV.table.documentation,
        ]
    }
}
