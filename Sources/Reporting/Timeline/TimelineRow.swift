import Foundation
import IncidentModel

/// One row of a reconciled timeline: the instant, the text as written, where it came from, the
/// zone reading and the diagnostics on it.
public struct TimelineRow: Sendable, Hashable, Codable {
    /// The incident's id.
    public var incident: String
    /// The UTC instant, ISO 8601 (`2025-01-10T14:48:00Z`).
    public var utc: String
    /// The end of a range, when there is one.
    public var end: String?
    /// The time as written (`10:52 AM - 12:55 PM EST`).
    public var written: String
    /// `status-update`, `update-body`, `postmortem` or `front-matter`.
    public var source: String
    /// Where the text was found.
    public var place: String
    /// The zone label as written, if any.
    public var zoneLabel: String?
    /// The offset applied (`-05:00`).
    public var offset: String
    /// The tz identifier of a regional reading.
    public var zoneIdentifier: String?
    /// Where the offset came from (`literal`, `regional`, `exact`, `declared`, `page`, …).
    public var basis: String
    /// The rule that read it.
    public var rule: String
    /// The sentence or line the time is in.
    public var text: String
    /// The postmortem section, when there is one.
    public var section: String?
    /// `code: message` of each diagnostic on the start and end.
    public var diagnostics: [String]

    /// The row for a timeline entry of an incident.
    public init(incident: Incident, entry: TimelineEntry) {
        let time = entry.time
        self.incident = incident.id
        utc = TimelineRow.iso(time.instant)
        end = entry.end.map { TimelineRow.iso($0.instant) }
        written = time.written.text
        source = entry.source.rawValue
        place = time.written.place.description
        zoneLabel = time.zone.label
        offset = time.zone.offsetText
        zoneIdentifier = time.zone.identifier
        basis = time.zone.basis.rawValue
        rule = time.rule.description
        text = entry.text
        section = entry.section
        var notes: [String] = []
        for diagnostic in time.diagnostics + (entry.end?.diagnostics ?? []) {
            let line = "\(diagnostic.code): \(diagnostic.message)"
            if !notes.contains(line) { notes.append(line) }
        }
        diagnostics = notes
    }

    /// The reading in a few words: `EST -05:00 literal`, `EST→America/New_York -04:00 regional`.
    public var reading: String {
        var label = zoneLabel ?? "-"
        if let zoneIdentifier, zoneIdentifier != zoneLabel, basis != "literal" { label += "→" + zoneIdentifier }
        return "\(label) \(offset) \(basis)"
    }

    static func iso(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0)!))
    }
}
