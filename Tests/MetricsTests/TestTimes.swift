import Foundation
import IncidentModel

/// Builds reconciled times and timeline entries for hand-made incidents.
enum TestTimes {
    /// The instant of an ISO 8601 UTC string (`2025-01-10T14:48:00Z`).
    static func instant(_ iso: String) -> Date {
        guard let date = try? Date(iso, strategy: .iso8601) else { fatalError("bad test time \(iso)") }
        return date
    }

    /// A time on the seed day, `HH:MM` UTC.
    static func seed(_ clock: String) -> Date { instant("2025-01-10T\(clock):00Z") }

    /// A resolved time at an instant, written at `place`.
    static func resolved(_ date: Date, place: SourcePlace, text: String = "") -> ResolvedTime {
        ResolvedTime(
            instant: date, written: WrittenTime(text: text, place: place),
            zone: ZoneReading(label: "UTC", offsetSeconds: 0, basis: .literal),
            rule: TimeRule([
                .clock(twelveHour: false), .date(.written(notation: "iso", year: .written)), .zone(.written),
            ]))
    }

    /// A timeline entry.
    static func entry(
        _ source: TimelineEntry.Source, _ text: String, at start: Date, until end: Date? = nil, line: Int = 1,
        section: String? = nil
    ) -> TimelineEntry {
        let place = SourcePlace(file: "test.md", line: line)
        return TimelineEntry(
            source: source, text: text, time: resolved(start, place: place),
            end: end.map { resolved($0, place: place) }, section: section)
    }

    /// A status update posted at an instant.
    static func update(_ status: Status, at date: Date, body: String, number: Int) -> StatusUpdate {
        StatusUpdate(
            status: status, label: status.rawValue, body: body,
            written: WrittenTime(
                text: date.ISO8601Format(),
                place: SourcePlace(file: "test.json", element: "incident_updates[\(number)]"),
                exact: date, exactField: "display_at"))
    }
}
