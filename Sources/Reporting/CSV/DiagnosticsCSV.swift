/// `diagnostics.csv`: every finding about every incident, with its stage and place.
public enum DiagnosticsCSV {
    /// One diagnostic, with the incident it is about.
    public struct Row: Sendable, Hashable {
        /// The incident's id.
        public var incidentID: String
        /// The vendor.
        public var vendor: String
        /// The diagnostic and its stage.
        public var staged: StagedDiagnostic

        /// The rows of an incident's diagnostics, in stage order.
        public static func rows(for item: MeasuredIncident) -> [Row] {
            item.diagnostics.map { Row(incidentID: item.incident.id, vendor: item.incident.vendor, staged: $0) }
        }
    }

    /// The table definition.
    public static let table = CSVTable<Row>(
        fileName: "diagnostics.csv",
        rowMeaning:
            "One row per diagnostic about an incident, by incident, in stage order (reading, chronology, metrics); each finding once, and every one kept: `report.md` folds an incident's notes of one code into one line and tallies the codes, while this file has a row for each (filter on `code` or `severity`).",
        columns: [
            CSVColumn("incident_id", "The incident's id (joins `incidents.csv`).") { $0.incidentID },
            CSVColumn("vendor", "The vendor.") { $0.vendor },
            CSVColumn("stage", "The stage that raised it: `reading`, `chronology` or `metrics`.") {
                $0.staged.stage.rawValue
            },
            CSVColumn("code", "A stable identifier such as `zone.season-mismatch`.") { $0.staged.diagnostic.code },
            CSVColumn("severity", "`note`, `warning` or `error`.") { $0.staged.diagnostic.severity.rawValue },
            CSVColumn("message", "One sentence for a person.") { $0.staged.diagnostic.message },
            CSVColumn("readings", "The alternatives or facts weighed, joined with ` | `.") {
                $0.staged.diagnostic.readings.joined(separator: " | ")
            },
            CSVColumn("file", "The file the text is in.") { $0.staged.diagnostic.place.file },
            CSVColumn("line", "The line in that file, when known.", kind: .integer) {
                CSVField.integer($0.staged.diagnostic.place.line)
            },
            CSVColumn("column", "The column in that line, when known.", kind: .integer) {
                CSVField.integer($0.staged.diagnostic.place.column)
            },
            CSVColumn("element", "The element or field path, when known.") { $0.staged.diagnostic.place.element ?? "" },
        ])
}
