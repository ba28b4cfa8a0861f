/// The five CSV files of a report, rendered, and their documentation.
public enum CSVTables {
    /// Every CSV file of the report, in a fixed order: incidents, updates, timeline, components, diagnostics.
    public static func files(for report: Report, style: CSVStyle = .neutralised) -> [ReportFile] {
        renderers(for: report, style: style).map { $0() }
    }

    /// One renderer per CSV file, in file order, to run wherever the caller likes.
    public static func renderers(for report: Report, style: CSVStyle = .neutralised) -> [@Sendable () -> ReportFile] {
        [
            {
                ReportFile(
                    name: IncidentsCSV.table.fileName, text: IncidentsCSV.table.render(report.incidents, style: style))
            },
            {
                ReportFile(
                    name: UpdatesCSV.table.fileName,
                    text: UpdatesCSV.table.render(report.incidents.flatMap(UpdatesCSV.Row.rows(for:)), style: style))
            },
            {
                ReportFile(
                    name: TimelineCSV.table.fileName,
                    text: TimelineCSV.table.render(report.incidents.flatMap(TimelineCSV.Row.rows(for:)), style: style))
            },
            {
                ReportFile(
                    name: ComponentsCSV.table.fileName,
                    text: ComponentsCSV.table.render(ComponentsCSV.rows(for: report), style: style))
            },
            {
                ReportFile(
                    name: DiagnosticsCSV.table.fileName,
                    text: DiagnosticsCSV.table.render(
                        report.incidents.flatMap(DiagnosticsCSV.Row.rows(for:)), style: style))
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
