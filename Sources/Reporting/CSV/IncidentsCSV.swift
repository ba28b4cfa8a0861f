import IncidentModel
import Metrics

/// `incidents.csv`: one row per incident, with its lifecycle instants and clocks.
public enum IncidentsCSV {
    /// The table definition; `postmortem incidents` prints the same columns.
    public static let table = CSVTable<MeasuredIncident>(
        fileName: "incidents.csv",
        rowMeaning: "One row per incident whose impact window overlaps the period, in time order.",
        columns: [
            CSVColumn("incident_id", "The incident's id in its source (Statuspage code, document `id`).") {
                $0.incident.id
            },
            CSVColumn("vendor", "The vendor or team.") { $0.incident.vendor },
            CSVColumn(
                "source_format", "The shape it was read from, such as `statuspage-json` or `postmortem-markdown`."
            ) {
                $0.incident.sourceFormat.rawValue
            },
            CSVColumn("title", "The title as published.") { $0.incident.title },
            CSVColumn("impact", "The impact level: `critical`, `major`, `minor`, `none`, `maintenance` or `unknown`.") {
                $0.incident.impact.rawValue
            },
            CSVColumn("components", "Affected components as the source names them, joined with `; `.") {
                CSVField.list($0.incident.components)
            },
            CSVColumn("url", "The incident's public URL.") { $0.incident.url ?? "" },
            event("impact_start", .impactStart, "When impact started."),
            event("detected", .detected, "The problem was detected (alerted, noticed)."),
            event("first_update", .firstUpdate, "The first public status update was posted."),
            event("identified", .identified, "The cause was identified."),
            event("mitigated", .mitigated, "Impact was mitigated."),
            event("resolved", .resolved, "Service was restored, per the postmortem or the status updates."),
            event(
                "public_resolved", .publicResolved,
                "The first update of the final run of `resolved` (or `completed`) public updates; later closing posts are follow-ups."
            ),
            clock("ttd_min", .ttd),
            clock("ttfu_min", .ttfu),
            clock("ttr_min", .ttr),
            clock("public_duration_min", .publicDuration),
            CSVColumn("updates", "How many public status updates.", kind: .integer) { String($0.metrics.updateCount) },
            CSVColumn(
                "max_update_gap_min", "The longest gap between consecutive public updates, in minutes.", kind: .minutes
            ) {
                CSVField.minutes($0.metrics.maxUpdateGapMinutes)
            },
            CSVColumn(
                "promises_broken", "How many \"next update within N minutes\" promises were broken.", kind: .integer
            ) {
                String($0.metrics.promisesBroken)
            },
            CSVColumn(
                "has_postmortem", "`true` when there is a postmortem document or a `postmortem` update.", kind: .boolean
            ) {
                CSVField.bool($0.hasPostmortem)
            },
            CSVColumn(
                "diagnostics",
                "The distinct diagnostic codes about the incident, sorted, joined with `; ` (details in `diagnostics.csv`)."
            ) {
                CSVField.list($0.diagnosticCodes)
            },
            CSVColumn("is_maintenance", "`true` for a scheduled maintenance.", kind: .boolean) {
                CSVField.bool($0.incident.isMaintenance)
            },
            CSVColumn(
                "maintenance_window_start",
                "For a maintenance, the scheduled start the source declares (`scheduled_for`, the start of a written window), UTC.",
                kind: .instant
            ) {
                CSVField.instant($0.metrics.maintenanceWindow?.start)
            },
            CSVColumn(
                "maintenance_window_end",
                "For a maintenance, the scheduled end (`scheduled_until`, the end of a written window), UTC.",
                kind: .instant
            ) {
                CSVField.instant($0.metrics.maintenanceWindow?.end)
            },
            CSVColumn(
                "maintenance_window_min", "The scheduled window's length in minutes; empty when an end is unknown.",
                kind: .minutes
            ) {
                CSVField.minutes($0.metrics.maintenanceWindow?.minutes)
            },
            CSVColumn("page_zone", "The zone the page prints its times in, as written.", kind: .code) {
                $0.incident.pageZone ?? ""
            },
            CSVColumn("postmortem_posted", "When the postmortem was posted, when known.", kind: .instant) {
                CSVField.instant($0.postmortemPosted)
            },
            CSVColumn(
                "postmortem_lag_min",
                "Minutes from the end of impact (`resolved`, else `public_resolved`) to `postmortem_posted`.",
                kind: .minutes
            ) {
                CSVField.minutes($0.postmortemLagMinutes)
            },
            CSVColumn("source_file", "The file the incident was read from.") { $0.incident.place.file },
        ])

    private static func event(_ name: String, _ kind: LifecycleEvent.Kind, _ meaning: String) -> CSVColumn<
        MeasuredIncident
    > {
        CSVColumn(name, "\(meaning) The text it was read from is shown per incident in `report.md`.", kind: .instant) {
            CSVField.instant($0.instant(kind))
        }
    }

    private static func clock(_ name: String, _ clock: Clock) -> CSVColumn<MeasuredIncident> {
        CSVColumn(name, "Minutes, \(clock.definition); empty when either end is unknown.", kind: .minutes) {
            CSVField.minutes($0.metrics.clocks[clock])
        }
    }
}
