import Foundation
import IncidentModel

/// The small `incidents.csv` table: one row per incident as read, instants in UTC ISO 8601.
public enum BasicIncidentTable {
    /// The column names, in order.
    public static let header = [
        "incident_id", "vendor", "source_format", "title", "impact", "components", "url", "first_update",
        "last_update", "public_resolved", "updates", "has_postmortem",
    ]

    /// The RFC 4180 CSV text, header first, rows in the order given.
    public static func csv(_ incidents: [Incident]) -> String {
        var writer = CSVWriter(header: header)
        for incident in incidents { writer.append(row(incident)) }
        return writer.text
    }

    /// One incident's fields, in `header` order.
    public static func row(_ incident: Incident) -> [String] {
        [
            incident.id, incident.vendor, incident.sourceFormat.rawValue, incident.title, incident.impact.rawValue,
            incident.components.joined(separator: "; "), incident.url ?? "", utc(incident.firstUpdate),
            utc(incident.lastUpdate), utc(incident.publicResolved), String(incident.updates.count),
            incident.postmortem == nil ? "false" : "true",
        ]
    }

    /// `2019-12-21T12:31:48Z`, or "" without an instant.
    static func utc(_ date: Date?) -> String {
        guard let date else { return "" }
        return date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }
}
