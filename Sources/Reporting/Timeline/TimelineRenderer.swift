import Foundation
import IncidentModel
import Utilities

/// Renders the reconciled timelines of incidents as a text table, CSV or JSON.
///
/// A pure function of `[Incident]` (after `Reconciler.reconcile`): the same incidents give the
/// same bytes.
public struct TimelineRenderer: Sendable {
    /// The output format.
    public enum Format: String, Sendable, CaseIterable {
        case table
        case csv
        case json
    }

    /// How the CSV format writes text fields.
    public var csvStyle: CSVStyle

    /// Creates a renderer.
    public init(csvStyle: CSVStyle = .neutralised) {
        self.csvStyle = csvStyle
    }

    /// The rows of every incident's timeline, in incident order then time order.
    public func rows(_ incidents: [Incident]) -> [TimelineRow] {
        incidents.flatMap { incident in incident.timeline.map { TimelineRow(incident: incident, entry: $0) } }
    }

    /// The timelines in a format.
    public func render(_ incidents: [Incident], format: Format) -> String {
        switch format {
        case .table: table(incidents)
        case .csv: csv(incidents)
        case .json: json(incidents)
        }
    }

    /// One block per incident: a heading, aligned columns, then the incident's diagnostics.
    public func table(_ incidents: [Incident]) -> String {
        var out = ""
        for incident in incidents {
            out += ControlText.escaped("\(incident.vendor) \(incident.id): \(incident.title)") + "\n"
            let header = ["UTC", "END", "WRITTEN", "SOURCE", "READING", "PLACE", "TEXT", "NOTES"]
            let rows = incident.timeline.map { entry -> [String] in
                let row = TimelineRow(incident: incident, entry: entry)
                let codes = row.diagnostics.map { String($0.prefix { $0 != ":" }) }
                return [
                    row.utc, row.end ?? "", row.written, row.source, row.reading, row.place,
                    TimelineRenderer.shorten(row.text, 60), codes.joined(separator: ","),
                ].map(ControlText.escaped)
            }
            out += TimelineRenderer.align([header] + rows)
            if incident.timeline.isEmpty { out += "  (no times found)\n" }
            let diagnostics = incident.diagnostics
            if !diagnostics.isEmpty {
                out += "Diagnostics:\n"
                for diagnostic in diagnostics {
                    out += ControlText.escaped(
                        "  \(diagnostic.severity.rawValue) \(diagnostic.code) \(diagnostic.place): \(diagnostic.message)"
                    )
                    out += "\n"
                    for reading in diagnostic.readings { out += "      \(ControlText.escaped(reading))\n" }
                }
            }
            out += "\n"
        }
        return out
    }

    /// The columns of the report's `timeline.csv`, in its order: each incident's times in time order,
    /// with the update posting times its timeline does not hold.
    public func csv(_ incidents: [Incident]) -> String {
        TimelineCSV.table.render(incidents.flatMap { TimelineCSV.Row.rows(for: $0) }, style: csvStyle)
    }

    /// `{"incidents": [{"id", "vendor", "title", "timeline": [rows], "diagnostics": [...]}]}`, keys sorted.
    public func json(_ incidents: [Incident]) -> String {
        struct Document: Codable {
            var incidents: [Block]
        }
        struct Block: Codable {
            var id: String
            var vendor: String
            var title: String
            var timeline: [TimelineRow]
            var diagnostics: [Diagnostic]
        }
        let document = Document(
            incidents: incidents.map { incident in
                Block(
                    id: incident.id, vendor: incident.vendor, title: incident.title,
                    timeline: incident.timeline.map { TimelineRow(incident: incident, entry: $0) },
                    diagnostics: incident.diagnostics)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else {
            return "{\"incidents\":[]}\n"
        }
        return text + "\n"
    }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// Left-aligned columns separated by two spaces; trailing spaces trimmed.
    static func align(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var out = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < columns - 1 { line += String(repeating: " ", count: widths[index] - cell.count + 2) }
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
