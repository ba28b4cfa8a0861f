import Foundation
import IncidentModel
import Metrics
import Reporting

/// Hand-built incidents and metrics covering what the renderers must handle: two vendors, a
/// postmortem with a relabelled zone, a promise broken, a stated duration that disagrees, text with
/// commas, quotes, line breaks, pipes, `#`, `:` and markup, and an incident with unknown clocks.
enum SampleReport {
    static func at(_ day: Int, _ hour: Int, _ minute: Int, month: Int = 1, year: Int = 2025) -> Date {
        UTCTime.instant(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    static func resolved(
        _ date: Date, _ text: String, file: String, line: Int? = nil, element: String? = nil,
        zone: ZoneReading = ZoneReading(label: "UTC", offsetSeconds: 0, basis: .literal),
        rule: TimeRule = TimeRule([
            .clock(twelveHour: false), .date(.written(notation: "iso", year: .written)), .zone(.written),
        ]),
        diagnostics: [Diagnostic] = []
    ) -> ResolvedTime {
        ResolvedTime(
            instant: date,
            written: WrittenTime(text: text, place: SourcePlace(file: file, line: line, element: element)),
            zone: zone, rule: rule, diagnostics: diagnostics)
    }

    static func update(_ status: Status, _ date: Date, body: String, file: String, index: Int) -> StatusUpdate {
        let place = "incident_updates[\(index)].display_at"
        return StatusUpdate(
            status: status, label: status.rawValue.capitalized, body: body,
            written: WrittenTime(
                text: UTCTime.iso(date), place: SourcePlace(file: file, element: place), exact: date,
                exactField: "display_at"),
            resolved: resolved(
                date, UTCTime.iso(date), file: file, element: place,
                zone: ZoneReading(label: nil, offsetSeconds: 0, basis: .exact),
                rule: TimeRule([.exact(field: "display_at")])))
    }

    static func event(_ kind: LifecycleEvent.Kind, _ date: Date, _ source: LifecycleSource, text: String? = nil)
        -> LifecycleEvent
    {
        LifecycleEvent(
            kind: kind, instant: date, source: source, rule: LifecycleRule(.cue(.wording(kind.rawValue), .asWorded)),
            text: text)
    }

    /// Kustomer: the seed-like incident, with a postmortem whose EST line was relabelled.
    static var kustomer: MeasuredIncident {
        let file = "Fixtures/kustomer/kustomer-2025-01.md"
        let relabel = Diagnostic(
            code: "zone.season-mismatch", severity: .warning, place: SourcePlace(file: file, line: 14),
            message: "EST written in a month when New York keeps EST; read as −05:00.",
            readings: ["EST as −05:00: 14:37 UTC", "EDT as −04:00: 13:37 UTC"])
        let start = at(10, 14, 37)
        let detected = at(10, 14, 52)
        let first = at(10, 15, 10)
        let restored = at(10, 16, 42)
        let publicResolved = at(10, 17, 5)
        let incident = Incident(
            id: "kus-2025-01-10", vendor: "Kustomer", sourceFormat: .markdownPostmortem,
            place: SourcePlace(file: file, line: 1),
            title: "Search & messaging outage: \"conversations\" didn't load, #2 | retry",
            impact: .critical, components: ["Search", "Messaging, web"],
            url: "https://status.example.com/incidents/abc (x)",
            pageZone: "America/New_York",
            updates: [
                update(
                    .investigating, first, body: "We are investigating.\nNext update within 30 minutes.", file: file,
                    index: 0),
                update(.resolved, publicResolved, body: "Resolved, \"all good\".", file: file, index: 1),
            ],
            postmortem: Postmortem(
                text: "# Postmortem", place: SourcePlace(file: file, line: 1),
                posted: WrittenTime(text: "2025-01-14", place: SourcePlace(file: file, line: 3)),
                postedResolved: resolved(at(14, 0, 0), "2025-01-14", file: file, line: 3)),
            timeline: [
                TimelineEntry(
                    source: .postmortem, text: "09:37 EST: alerts fired | on-call paged",
                    time: resolved(
                        start, "09:37 EST", file: file, line: 14,
                        zone: ZoneReading(label: "EST", offsetSeconds: -18_000, identifier: nil, basis: .literal),
                        rule: TimeRule([
                            .clock(twelveHour: false), .date(.written(notation: "iso", year: .written)),
                            .zone(.written),
                        ]),
                        diagnostics: [relabel]),
                    section: "Timeline (all times Eastern)"),
                TimelineEntry(
                    source: .postmortem, text: "11:42 to 12:05 ET: recovery",
                    time: resolved(
                        restored, "11:42", file: file, line: 16,
                        zone: ZoneReading(
                            label: "ET", offsetSeconds: -18_000, identifier: "America/New_York", basis: .regional)),
                    end: resolved(
                        at(10, 17, 5), "12:05 ET", file: file, line: 16,
                        zone: ZoneReading(
                            label: "ET", offsetSeconds: -18_000, identifier: "America/New_York", basis: .regional)),
                    section: "Timeline (all times Eastern)"),
            ],
            diagnostics: [
                Diagnostic(
                    code: "read.missing-field", severity: .note, place: SourcePlace(file: file, line: 2),
                    message: "No `severity` in front matter; impact taken from the title.")
            ])
        let metrics = IncidentMetrics(
            incidentID: incident.id,
            events: [
                .impactStart: event(.impactStart, start, .postmortem(section: "Timeline"), text: "alerts fired"),
                .detected: event(.detected, detected, .postmortem(section: "Timeline")),
                .firstUpdate: event(.firstUpdate, first, .statusUpdate(number: 1, status: .investigating)),
                .resolved: event(.resolved, restored, .postmortem(section: "Timeline")),
                .publicResolved: event(.publicResolved, publicResolved, .statusUpdate(number: 2, status: .resolved)),
            ],
            clocks: [.ttd: 15, .ttfu: 33, .ttr: 125, .publicDuration: 115],
            updateCount: 2, maxUpdateGapMinutes: 115,
            promises: [
                Promise(
                    made: first, withinMinutes: 30, text: "Next update within 30 minutes.", nextUpdate: publicResolved,
                    broken: true, place: SourcePlace(file: file, element: "incident_updates[0].body"))
            ],
            statedDurations: [
                StatedDuration(
                    text: "about 90 minutes", statedMinutes: 90, clock: .ttr, computedMinutes: 125,
                    disagrees: true, place: SourcePlace(file: file, line: 8))
            ],
            diagnostics: [
                Diagnostic(
                    code: "metrics.stated-duration", severity: .warning, place: SourcePlace(file: file, line: 8),
                    message: "The postmortem says about 90 minutes; the clocks give 125.")
            ])
        return MeasuredIncident(incident: incident, metrics: metrics)
    }

    /// GitHub: a minor incident with two components and no postmortem.
    static var githubMinor: MeasuredIncident {
        let file = "Fixtures/github/incident-a.json"
        let start = at(20, 8, 0)
        let end = at(20, 8, 45)
        let incident = Incident(
            id: "gh-a", vendor: "GitHub", sourceFormat: .statuspageJSON, place: SourcePlace(file: file),
            title: "Section: degraded Actions", impact: .minor, components: ["Actions", "Git Operations"],
            updates: [
                update(.investigating, start, body: "Investigating; ünïcödé ✓", file: file, index: 0),
                update(.resolved, end, body: "Resolved", file: file, index: 1),
            ])
        let metrics = IncidentMetrics(
            incidentID: incident.id,
            events: [
                .impactStart: event(.impactStart, start, .declared(.start)),
                .firstUpdate: event(.firstUpdate, start, .statusUpdate(number: 1, status: .investigating)),
                .resolved: event(.resolved, end, .statusUpdate(number: 2, status: .resolved)),
                .publicResolved: event(.publicResolved, end, .statusUpdate(number: 2, status: .resolved)),
            ],
            clocks: [.ttfu: 0, .ttr: 45, .publicDuration: 45], updateCount: 2, maxUpdateGapMinutes: 45)
        return MeasuredIncident(incident: incident, metrics: metrics)
    }

    /// GitHub: a major incident that started in December and ended in January, with a postmortem update.
    static var githubSpanning: MeasuredIncident {
        let file = "Fixtures/github/incident-b.json"
        let start = at(31, 22, 0, month: 12, year: 2024)
        let end = at(1, 3, 30)
        let incident = Incident(
            id: "gh-b", vendor: "GitHub", sourceFormat: .statuspageJSON, place: SourcePlace(file: file),
            title: "2024-12-31 Pages outage", impact: .major, components: ["Pages"],
            updates: [
                update(.investigating, start, body: "Investigating", file: file, index: 0),
                update(.resolved, end, body: "Resolved", file: file, index: 1),
                update(.postmortem, at(3, 12, 0), body: "Postmortem published", file: file, index: 2),
            ])
        let metrics = IncidentMetrics(
            incidentID: incident.id,
            events: [
                .impactStart: event(.impactStart, start, .declared(.start)),
                .firstUpdate: event(.firstUpdate, start, .statusUpdate(number: 1, status: .investigating)),
                .resolved: event(.resolved, end, .statusUpdate(number: 2, status: .resolved)),
                .publicResolved: event(.publicResolved, end, .statusUpdate(number: 2, status: .resolved)),
            ],
            clocks: [.ttfu: 0, .ttr: 330, .publicDuration: 330], updateCount: 3, maxUpdateGapMinutes: 3390)
        return MeasuredIncident(incident: incident, metrics: metrics)
    }

    static var incidents: [MeasuredIncident] { [githubMinor, kustomer, githubSpanning] }

    static func windows(_ incidents: [MeasuredIncident]) -> [ImpactWindow] {
        incidents.flatMap { item in
            item.incident.components.map { component in
                ImpactWindow(
                    vendor: item.incident.vendor, component: component, incidentID: item.incident.id,
                    start: item.windowStart!, end: item.windowEnd!, weight: item.incident.impact == .minor ? 0.3 : 1)
            }
        }
    }

    /// The January 2025 report of the three incidents.
    static func january(generated: Date? = nil) throws -> Report {
        let period = try ReportPeriod.month("2025-01")
        let list = incidents
        let minutes = 31.0 * 24 * 60
        let availability = [
            ComponentAvailability(
                vendor: "Kustomer", component: nil, impactMinutes: 125, weightedMinutes: 125,
                periodMinutes: minutes, availability: 1 - 125 / minutes, incidents: 1),
            ComponentAvailability(
                vendor: "Kustomer", component: "Search", impactMinutes: 125, weightedMinutes: 125,
                periodMinutes: minutes, availability: 1 - 125 / minutes, incidents: 1),
            ComponentAvailability(
                vendor: "Kustomer", component: "Messaging, web", impactMinutes: 125,
                weightedMinutes: 125, periodMinutes: minutes, availability: 1 - 125 / minutes, incidents: 1),
            ComponentAvailability(
                vendor: "GitHub", component: nil, impactMinutes: 255, weightedMinutes: 223.5,
                periodMinutes: minutes, availability: 1 - 223.5 / minutes, incidents: 2),
            ComponentAvailability(
                vendor: "GitHub", component: "Pages", impactMinutes: 210, weightedMinutes: 210,
                periodMinutes: minutes, availability: 1 - 210 / minutes, incidents: 1),
            ComponentAvailability(
                vendor: "GitHub", component: "Actions", impactMinutes: 45, weightedMinutes: 13.5,
                periodMinutes: minutes, availability: 1 - 13.5 / minutes, incidents: 1),
            ComponentAvailability(
                vendor: "GitHub", component: "Git Operations", impactMinutes: 45,
                weightedMinutes: 13.5, periodMinutes: minutes, availability: 1 - 13.5 / minutes, incidents: 1),
        ]
        let clocks = [
            ClockSummary(
                clock: .ttr, n: 3, median: 125, p75: 227.5, p90: 288.8, p95: 309.4, min: 45, max: 330,
                medianCILow: 45, medianCIHigh: 330, incidentsFor10PercentChange: 420,
                sampleSizeNote: "With n = 3 the median can move by hours; treat it as a description, not a trend."),
            ClockSummary(
                clock: .ttd, n: 1, median: 15, p90: 15, min: 15, max: 15,
                sampleSizeNote: "One value: no interval."),
            ClockSummary(
                clock: .ttfu, n: 3, median: 0, p90: 26.4, min: 0, max: 33, medianCILow: 0, medianCIHigh: 33,
                incidentsFor10PercentChange: 900),
            ClockSummary(clock: .publicDuration, n: 3, median: 115, p90: 287, min: 45, max: 330),
        ]
        return Report(
            period: period, vendors: ["Kustomer", "GitHub"], incidents: list, clocks: clocks,
            availability: availability,
            impactWindows: windows(list).compactMap { window in
                guard let clipped = period.clip(start: window.start, end: window.end) else { return nil }
                var copy = window
                copy.start = clipped.start
                copy.end = clipped.end
                return copy
            }, dataCoverage: ["GitHub: the incidents in the data run from 2024-12-31 to 2025-01-20"],
            problems: ["Fixtures/broken.json: line 3: expected a value"], generated: generated)
    }
}
