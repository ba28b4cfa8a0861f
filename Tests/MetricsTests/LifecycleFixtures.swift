import Foundation
import IncidentModel

/// Hand-built incidents for the lifecycle rules: updates and the times Chronology would have read
/// from their bodies, placed where Chronology places them (`<update element>/body`).
enum LifecycleFixtures {
    /// An instant from ISO 8601 UTC.
    static func at(_ iso: String) -> Date { TestTimes.instant(iso) }

    /// An update posted at `iso`; `label` nil shows the status as its label.
    static func update(_ status: Status, _ iso: String, _ body: String, number: Int, label: String? = nil)
        -> StatusUpdate
    {
        var made = TestTimes.update(status, at: at(iso), body: body, number: number)
        if let label { made.label = label }
        return made
    }

    /// The place of update `number`'s body.
    static func bodyPlace(_ number: Int) -> SourcePlace {
        SourcePlace(file: "test.json", element: "incident_updates[\(number)]/body")
    }

    /// A time read from update `number`'s body.
    static func body(
        _ text: String, _ iso: String, until end: String? = nil, update number: Int, written: String? = nil,
        rule: TimeRule = TimeRule([
            .clock(twelveHour: false), .date(.written(notation: "month-day-year", year: .written)), .zone(.written),
        ]), basis: ZoneReading.Basis = .literal,
        diagnostics: [Diagnostic] = []
    ) -> TimelineEntry {
        let place = bodyPlace(number)
        func time(_ iso: String, _ text: String) -> ResolvedTime {
            ResolvedTime(
                instant: at(iso), written: WrittenTime(text: text, place: place),
                zone: ZoneReading(label: "UTC", offsetSeconds: 0, basis: basis), rule: rule, diagnostics: diagnostics)
        }
        let shown = written ?? iso
        return TimelineEntry(
            source: .updateBody, text: text, time: time(iso, shown), end: end.map { time($0, shown) })
    }

    /// A `date.disagrees-with-incident` warning about a date written in update `number`'s body.
    static func offDate(_ quoted: String, day: String, update number: Int) -> Diagnostic {
        Diagnostic(
            code: "date.disagrees-with-incident", severity: .warning, place: bodyPlace(number),
            message: "\"\(quoted)\" is more than two days from the incident's status updates",
            readings: ["text → \(day)", "status updates → elsewhere"])
    }

    /// An incident with the status postings in its timeline, as Chronology leaves it.
    static func incident(
        _ updates: [StatusUpdate], timeline: [TimelineEntry] = [], declaredStart: String? = nil,
        declaredEnd: String? = nil, diagnostics: [Diagnostic] = [], format: SourceFormat = .statuspageJSON
    ) -> Incident {
        func declared(_ iso: String?, _ field: String) -> WrittenTime? {
            iso.map {
                WrittenTime(
                    text: $0, place: SourcePlace(file: "test.json", element: field), exact: at($0), exactField: field)
            }
        }
        let postings = updates.map {
            TimelineEntry(
                source: .statusUpdate, text: $0.label,
                time: TestTimes.resolved($0.written.exact ?? .distantPast, place: $0.written.place))
        }
        return Incident(
            id: "x", vendor: "V", sourceFormat: format, place: SourcePlace(file: "test.json"), title: "T",
            updates: updates, declaredStart: declared(declaredStart, "begin"),
            declaredEnd: declared(declaredEnd, "end"),
            timeline: (timeline + postings).sorted { $0.time.instant < $1.time.instant }, diagnostics: diagnostics)
    }
}
