import Foundation
import IncidentModel
import Metrics
import Reporting

/// Small incidents built from a window and an impact, for tests that need many of them.
extension SampleReport {
    /// An incident of `vendor` whose impact runs from `start` to `end` (no end: unresolved), with two
    /// status updates when it has an end and the given extra diagnostics.
    static func simple(
        _ id: String, vendor: String, start: Date, end: Date?, impact: Impact = .major, title: String? = nil,
        diagnostics: [Diagnostic] = []
    ) -> MeasuredIncident {
        let file = "Fixtures/\(vendor.lowercased())/\(id).json"
        var updates = [update(.investigating, start, body: "Investigating", file: file, index: 0)]
        var events: [LifecycleEvent.Kind: LifecycleEvent] = [
            .impactStart: event(.impactStart, start, .declared(.start)),
            .firstUpdate: event(.firstUpdate, start, .statusUpdate(number: 1, status: .investigating)),
        ]
        if let end {
            updates.append(update(.resolved, end, body: "Resolved", file: file, index: 1))
            events[.resolved] = event(.resolved, end, .statusUpdate(number: 2, status: .resolved))
            events[.publicResolved] = event(.publicResolved, end, .statusUpdate(number: 2, status: .resolved))
        }
        let incident = Incident(
            id: id, vendor: vendor, sourceFormat: .statuspageJSON, place: SourcePlace(file: file),
            title: title ?? "Incident \(id)", impact: impact, updates: updates, diagnostics: diagnostics)
        var clocks: [Clock: Double] = [:]
        if let end { clocks[.ttr] = end.timeIntervalSince(start) / 60 }
        return MeasuredIncident(
            incident: incident,
            metrics: IncidentMetrics(incidentID: id, events: events, clocks: clocks, updateCount: updates.count))
    }

    /// A note of `code` at a line of the incident's file.
    static func note(_ code: String, line: Int, _ message: String = "a note") -> Diagnostic {
        Diagnostic(
            code: code, severity: .note, place: SourcePlace(file: "Fixtures/x.rss", line: line), message: message)
    }
}
