import Foundation
import IncidentModel
import Metrics

/// An incident with its measurements: one row of the report.
public struct MeasuredIncident: Sendable, Hashable, Codable {
    /// The reconciled incident.
    public var incident: Incident
    /// What was measured about it.
    public var metrics: IncidentMetrics
    /// How many of `incident.diagnostics` the readers raised before Chronology appended its own;
    /// `nil` when unknown, and then only the diagnostics of resolved times count as Chronology's.
    public var readingDiagnosticCount: Int?

    /// Pairs an incident with its metrics.
    public init(incident: Incident, metrics: IncidentMetrics, readingDiagnosticCount: Int? = nil) {
        self.incident = incident
        self.metrics = metrics
        self.readingDiagnosticCount = readingDiagnosticCount
    }

    /// The instant of a lifecycle event, when it was found.
    public func instant(_ kind: LifecycleEvent.Kind) -> Date? { metrics.events[kind]?.instant }

    /// The start of the impact window: impact start, else the first public update.
    public var windowStart: Date? {
        instant(.impactStart) ?? instant(.firstUpdate) ?? incident.firstUpdate
    }

    /// The end of the impact window: service restored, else the public resolution, else the last
    /// update; never before the start.
    public var windowEnd: Date? {
        guard let start = windowStart else { return nil }
        let end = instant(.resolved) ?? instant(.publicResolved) ?? incident.publicResolved ?? incident.lastUpdate
        return max(start, end ?? start)
    }

    /// The impact window availability measures, when it is real: impact start (else the first public
    /// update) to service restored (else the public resolution), both known and the end after the start.
    ///
    /// Unlike ``windowStart``/``windowEnd``, nothing falls back to the last update and no window is
    /// zero-length: an incident without a real window is left out of availability and of the gantt.
    public var impactWindow: DateInterval? {
        guard let start = instant(.impactStart) ?? instant(.firstUpdate),
            let end = instant(.resolved) ?? instant(.publicResolved), start < end
        else { return nil }
        return DateInterval(start: start, end: end)
    }

    /// Whether the incident counts in the clock summaries and availability: maintenance does not.
    public var countsInClocks: Bool { !incident.isMaintenance && incident.impact != .maintenance }

    /// Whether the incident has a postmortem: a document, or a `postmortem` status update.
    public var hasPostmortem: Bool {
        incident.postmortem != nil || incident.updates.contains { $0.status == .postmortem }
    }

    /// When the postmortem was posted, when that is known.
    public var postmortemPosted: Date? {
        if let postmortem = incident.postmortem,
            let posted = postmortem.postedResolved?.instant ?? postmortem.posted?.exact
        {
            return posted
        }
        return incident.updates.filter { $0.status == .postmortem }.compactMap(\.instant).min()
    }

    /// Minutes from the end of the impact window to the postmortem's posting.
    public var postmortemLagMinutes: Double? {
        guard let posted = postmortemPosted, let end = windowEnd else { return nil }
        return posted.timeIntervalSince(end) / 60
    }

    /// Every diagnostic about the incident, once each, in stage order: reading, chronology, metrics.
    public var diagnostics: [StagedDiagnostic] {
        var seen: Set<Diagnostic> = []
        var result: [StagedDiagnostic] = []
        func add(_ diagnostics: [Diagnostic], _ stage: StagedDiagnostic.Stage) {
            for diagnostic in diagnostics where seen.insert(diagnostic).inserted {
                result.append(StagedDiagnostic(stage: stage, diagnostic: diagnostic))
            }
        }
        let resolved =
            incident.updates.compactMap(\.resolved)
            + incident.timeline.flatMap { [$0.time] + ($0.end.map { [$0] } ?? []) }
            + (incident.postmortem?.postedResolved.map { [$0] } ?? [])
        let fromTimes = Set(resolved.flatMap(\.diagnostics))
        let readCount = readingDiagnosticCount ?? incident.diagnostics.count
        for (index, diagnostic) in incident.diagnostics.enumerated() {
            let chronology = index >= readCount || fromTimes.contains(diagnostic)
            add([diagnostic], chronology ? .chronology : .reading)
        }
        add(resolved.flatMap(\.diagnostics), .chronology)
        add(metrics.diagnostics, .metrics)
        return result
    }

    /// Orders incidents by window start, then vendor, then id; incidents without a window last
    /// (``ChronologicalKey``).
    public static func chronological(_ lhs: MeasuredIncident, _ rhs: MeasuredIncident) -> Bool {
        ChronologicalKey(lhs) < ChronologicalKey(rhs)
    }

    /// The distinct codes of ``diagnostics``, sorted: the same set, without building each staged
    /// diagnostic (a code is in the union of the stages whichever stage keeps the diagnostic).
    public var diagnosticCodes: [String] {
        var codes = Set(incident.diagnostics.map(\.code))
        for update in incident.updates { update.resolved?.diagnostics.forEach { codes.insert($0.code) } }
        for entry in incident.timeline {
            entry.time.diagnostics.forEach { codes.insert($0.code) }
            entry.end?.diagnostics.forEach { codes.insert($0.code) }
        }
        incident.postmortem?.postedResolved?.diagnostics.forEach { codes.insert($0.code) }
        metrics.diagnostics.forEach { codes.insert($0.code) }
        return codes.sorted()
    }
}
