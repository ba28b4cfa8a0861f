import Foundation
import IncidentModel

/// `timeline.csv`: every reconciled time, with the text as written, its source and its reading.
public enum TimelineCSV {
    /// One reconciled time of an incident.
    public struct Row: Sendable, Hashable {
        /// The incident's id.
        public var incidentID: String
        /// The vendor.
        public var vendor: String
        /// 1-based position in the incident's timeline, in time order.
        public var sequence: Int
        /// Where the text came from.
        public var source: TimelineEntry.Source
        /// The sentence or line the time is in.
        public var text: String
        /// The heading of the postmortem section, when there is one.
        public var section: String?
        /// The time (the start of a range).
        public var time: ResolvedTime
        /// The end of a range.
        public var end: ResolvedTime?

        /// The incident's reconciled times: its timeline entries, plus the posting time of each update
        /// the timeline does not already hold, in time order.
        public static func rows(for item: MeasuredIncident) -> [Row] { rows(for: item.incident) }

        /// The reconciled times of an incident that has not been measured, as ``rows(for:)-(MeasuredIncident)``.
        public static func rows(for incident: Incident) -> [Row] {
            var entries = incident.timeline
            let covered = Set(
                entries.filter { $0.source == .statusUpdate }.map { PlaceKey($0.time.written.place, $0.time.instant) })
            for update in incident.updates {
                guard let resolved = update.resolved,
                    !covered.contains(PlaceKey(update.written.place, resolved.instant))
                else { continue }
                entries.append(TimelineEntry(source: .statusUpdate, text: update.label, time: resolved))
            }
            let ordered = entries.enumerated().sorted { lhs, rhs in
                if lhs.element.time.instant != rhs.element.time.instant {
                    return lhs.element.time.instant < rhs.element.time.instant
                }
                if lhs.element.time.written.place != rhs.element.time.written.place {
                    return lhs.element.time.written.place < rhs.element.time.written.place
                }
                return lhs.offset < rhs.offset
            }
            return ordered.enumerated().map { index, pair in
                Row(
                    incidentID: incident.id, vendor: incident.vendor, sequence: index + 1, source: pair.element.source,
                    text: pair.element.text, section: pair.element.section, time: pair.element.time,
                    end: pair.element.end)
            }
        }
    }

    private struct PlaceKey: Hashable {
        var place: SourcePlace
        var instant: Date
        init(_ place: SourcePlace, _ instant: Date) {
            self.place = place
            self.instant = instant
        }
    }

    /// The table definition.
    public static let table = CSVTable<Row>(
        fileName: "timeline.csv",
        rowMeaning:
            "One row per reconciled time of an incident: timeline lines, times in update bodies and postmortems, front-matter keys, and update posting times; in time order per incident.",
        columns: [
            CSVColumn("incident_id", "The incident's id (joins `incidents.csv`).") { $0.incidentID },
            CSVColumn("vendor", "The vendor.") { $0.vendor },
            CSVColumn("seq", "1-based position in the incident's timeline, in time order.", kind: .integer) {
                String($0.sequence)
            },
            CSVColumn("instant", "The time read, UTC (the start, for a range).", kind: .instant) {
                CSVField.instant($0.time.instant)
            },
            CSVColumn("end_instant", "The end of a range, UTC; empty for a single time.", kind: .instant) {
                CSVField.instant($0.end?.instant)
            },
            CSVColumn("as_written", "The time exactly as the source wrote it.") { $0.time.written.text },
            CSVColumn(
                "source",
                "Where the text came from: `status-update` (a posting time), `update-body`, `postmortem` or `front-matter`."
            ) {
                $0.source.rawValue
            },
            CSVColumn("section", "The postmortem section heading the line is under, when there is one.") {
                $0.section ?? ""
            },
            CSVColumn("text", "The sentence or line the time is in (for a posting time, the update's label).") {
                $0.text
            },
            CSVColumn(
                "zone_label", "The zone as written (`EST`, `UTC`, `+05:30`); empty when the text had none.",
                kind: .code
            ) {
                $0.time.zone.label ?? ""
            },
            CSVColumn("utc_offset", "The offset from UTC applied, `+HH:MM`.", kind: .code) { $0.time.zone.offsetText },
            CSVColumn(
                "zone_basis",
                "How the zone was read: `exact`, `literal`, `regional`, `numeric`, `declared`, `page` or `assumed`."
            ) {
                $0.time.zone.basis.rawValue
            },
            CSVColumn("zone_identifier", "The tz database identifier used for a regional reading (`America/New_York`).")
            {
                $0.time.zone.identifier ?? ""
            },
            CSVColumn(
                "rule",
                "The rule that read the time, as its steps (`exact:when`; `clock:24h date:running zone:written`; `range:start …`)."
            ) {
                $0.time.rule.description
            },
            CSVColumn("diagnostics", "Diagnostic codes raised while reading this time, joined with `; `.") {
                CSVField.list($0.time.diagnostics.map(\.code) + ($0.end?.diagnostics.map(\.code) ?? []))
            },
            CSVColumn("file", "The file the text is in.") { $0.time.written.place.file },
            CSVColumn("line", "The line in that file, when known.", kind: .integer) {
                CSVField.integer($0.time.written.place.line)
            },
            CSVColumn("column", "The column in that line, when known.", kind: .integer) {
                CSVField.integer($0.time.written.place.column)
            },
            CSVColumn("element", "The element or field path, when known.") { $0.time.written.place.element ?? "" },
        ])
}
