import IncidentModel

/// `updates.csv`: every public status update of every incident.
public enum UpdatesCSV {
    /// One status update, with the incident it belongs to.
    public struct Row: Sendable, Hashable {
        /// The incident's id.
        public var incidentID: String
        /// The vendor.
        public var vendor: String
        /// 1-based position among the incident's updates, oldest first.
        public var sequence: Int
        /// The update.
        public var update: StatusUpdate

        /// The rows of an incident's updates, oldest first.
        public static func rows(for item: MeasuredIncident) -> [Row] {
            item.incident.updates.enumerated().map { index, update in
                Row(incidentID: item.incident.id, vendor: item.incident.vendor, sequence: index + 1, update: update)
            }
        }
    }

    /// The table definition.
    public static let table = CSVTable<Row>(
        fileName: "updates.csv",
        rowMeaning: "One row per public status update, by incident (as in `incidents.csv`), oldest first.",
        columns: [
            CSVColumn("incident_id", "The incident's id (joins `incidents.csv`).") { $0.incidentID },
            CSVColumn("vendor", "The vendor.") { $0.vendor },
            CSVColumn("seq", "1-based position among the incident's updates, oldest first.", kind: .integer) {
                String($0.sequence)
            },
            CSVColumn(
                "status",
                "The machine status (`investigating`, `identified`, `monitoring`, `resolved`, …); an `Update` label carries the previous status."
            ) {
                $0.update.status.rawValue
            },
            CSVColumn("label", "The status label as shown on the page.") { $0.update.label },
            CSVColumn("posted", "When it was posted, UTC.", kind: .instant) { CSVField.instant($0.update.instant) },
            CSVColumn("posted_as_written", "The posting time as the source wrote it.") { $0.update.written.text },
            CSVColumn(
                "zone_basis",
                "How the zone of the posting time was read: `exact`, `literal`, `regional`, `numeric`, `declared`, `page` or `assumed`; empty when not reconciled."
            ) {
                $0.update.resolved?.zone.basis.rawValue ?? ($0.update.written.exact == nil ? "" : "exact")
            },
            CSVColumn(
                "utc_offset", "The offset applied to the posting time, `+HH:MM`; empty when not reconciled.",
                kind: .code
            ) {
                $0.update.resolved?.zone.offsetText ?? ($0.update.written.exact == nil ? "" : "+00:00")
            },
            CSVColumn("components", "Components the update names, joined with `; `.") {
                CSVField.list($0.update.components)
            },
            CSVColumn("file", "The file it was read from.") { $0.update.written.place.file },
            CSVColumn("line", "The line in that file, when known.", kind: .integer) {
                CSVField.integer($0.update.written.place.line)
            },
            CSVColumn("element", "The element or field path, when known.") { $0.update.written.place.element ?? "" },
            CSVColumn("body", "The update's text, as plain text.", kind: .paragraphs) { $0.update.body },
        ])
}
