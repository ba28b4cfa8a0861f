import Foundation
import IncidentModel
import Utilities

/// Renders a report into its files and writes them as one folder, replaced whole.
public struct ReportWriter: Sendable {
    /// The form of the main document.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// `report.md` with the SVG charts beside it.
        case markdown
        /// `report.html`, one self-contained page with the charts inline.
        case html
        /// `report.json`, the same content as data.
        case json
    }

    /// The form of the main document; the CSV files are written either way.
    public var format: Format
    /// How the CSV files write text fields.
    public var csvStyle: CSVStyle

    /// Creates a writer.
    public init(format: Format = .markdown, csvStyle: CSVStyle = .neutralised) {
        self.format = format
        self.csvStyle = csvStyle
    }

    /// The files of the report, in the order they are written: CSV files, charts, then the main document.
    ///
    /// The files are rendered in parallel (each one is independent of the others), the largest first.
    public func files(for report: Report) throws -> [ReportFile] {
        var renderers: [@Sendable () throws -> ReportFile]
        switch format {
        case .markdown:
            renderers = [{ ReportFile(name: MarkdownReport.fileName, text: MarkdownReport.render(report)) }]
            renderers += SVGTimelineChart.charts(report).map { chart in
                { ReportFile(name: chart.name, text: SVGTimelineChart.render(report, vendors: chart.vendors)) }
            }
            renderers.append {
                ReportFile(name: SVGDistributionChart.fileName, text: SVGDistributionChart.render(report))
            }
        case .html:
            renderers = [{ ReportFile(name: HTMLReport.fileName, text: HTMLReport.render(report)) }]
        case .json:
            renderers = [{ ReportFile(name: JSONReport.fileName, text: try JSONReport.render(report)) }]
        }
        let csv = CSVTables.renderers(for: report, style: csvStyle).map { render in
            { @Sendable () throws -> ReportFile in render() }
        }
        let jobs = renderers + csv
        let rendered = Parallel.map(jobs.count) { index in Result { try jobs[index]() } }
        // CSV files first, then the charts, then the main document.
        let main = try rendered[..<renderers.count].map { try $0.get() }
        let tables = try rendered[renderers.count...].map { try $0.get() }
        return tables + main.dropFirst() + main.prefix(1)
    }

    /// Writes the report as the whole content of the folder (created if needed), replacing a previous
    /// report in one step (see `ReportFolderWriter`); returns the paths written.
    public func write(_ report: Report, to directory: URL) throws -> [URL] {
        try ReportFolderWriter().write(try files(for: report), to: directory)
    }
}
