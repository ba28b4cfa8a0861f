import Foundation
import IncidentModel

/// Computes availability per component and per vendor over a period.
///
/// Availability is measured over the period given: each component's impact windows are merged
/// (overlaps count once, at the largest weight) and clipped to the period, and availability is
/// `1 − weighted minutes / period minutes`; time in the period without a recorded incident counts
/// as available. When the caller gives the span the data is known to cover (`observedSpans`), a
/// vendor is measured over the part of the period it covers instead, and the coverage says so.
/// The vendor row merges the windows of all its components: "any component down", impacted while
/// any component is, at the largest weight then. An incident still open at the period's end is
/// counted to the end and marked (see ``ImpactWindowBuilder``). Maintenance is excluded, and
/// incidents with no known start are left out and listed in the coverage, never guessed.
public struct AvailabilityCalculator: Sendable, Hashable {
    /// Builds the windows.
    public var builder: ImpactWindowBuilder

    /// Creates a calculator with the given weights.
    public init(weights: ImpactWeights = ImpactWeights()) {
        builder = ImpactWindowBuilder(weights: weights)
    }

    /// The availability report for a period.
    ///
    /// `observedSpans` gives, by vendor, the span the data is known to cover (a feed's oldest to
    /// newest entry); without it the span is inferred from the incidents.
    public func report(
        _ measured: [(incident: Incident, metrics: IncidentMetrics)], period: DateInterval,
        observedSpans: [String: DateInterval] = [:]
    ) -> AvailabilityReport {
        let byVendor = Dictionary(grouping: measured, by: \.incident.vendor)
        var rows: [ComponentAvailability] = []
        var allWindows: [ImpactWindow] = []
        var coverage: [Coverage] = []
        for vendor in byVendor.keys.sorted() {
            let items = byVendor[vendor] ?? []
            let measured = observedSpans[vendor].flatMap { $0.intersection(with: period) } ?? period
            var windows: [ImpactWindow] = []
            var components = Set<String>()
            var unknown: [String] = []
            var maintenance = 0
            var unknownImpact = Set<String>()
            for (incident, metrics) in items {
                switch builder.outcome(for: incident, metrics: metrics, openUntil: measured.end) {
                case .maintenance:
                    maintenance += 1
                case .unknownBounds(let reason):
                    if Self.mayTouch(metrics, measured) { unknown.append(reason) }
                case .windows(let found):
                    components.formUnion(found.map(\.component))
                    let inPeriod = found.filter { $0.start < measured.end && $0.end > measured.start }
                    windows += inPeriod
                    if !inPeriod.isEmpty && incident.impact == .unknown { unknownImpact.insert(incident.id) }
                }
            }
            windows.sort { ($0.component, $0.start, $0.incidentID) < ($1.component, $1.start, $1.incidentID) }
            rows.append(row(vendor: vendor, component: nil, windows: windows, period: measured))
            for component in components.sorted() {
                rows.append(
                    row(
                        vendor: vendor, component: component, windows: windows.filter { $0.component == component },
                        period: measured))
            }
            allWindows += windows
            let instants = items.flatMap { $0.metrics.events.values.map(\.instant) }
            let inferred = instants.min().flatMap { low in instants.max().map { DateInterval(start: low, end: $0) } }
            coverage.append(
                Coverage(
                    vendor: vendor, period: period, measured: measured, dataSpan: observedSpans[vendor] ?? inferred,
                    dataSpanGiven: observedSpans[vendor] != nil,
                    incidentsInPeriod: Set(windows.map(\.incidentID)).count, unknownBounds: unknown.sorted(),
                    maintenanceExcluded: maintenance, unknownImpact: unknownImpact.count,
                    openAtEnd: Set(windows.filter(\.open).map(\.incidentID)).sorted()))
        }
        return AvailabilityReport(
            period: period, rows: rows, windows: allWindows, coverage: coverage, weights: builder.weights)
    }

    /// One row: the union of the windows, clipped to the period.
    func row(vendor: String, component: String?, windows: [ImpactWindow], period: DateInterval)
        -> ComponentAvailability
    {
        let union = WeightedUnion(windows.map { ($0.start, $0.end, $0.weight) }, period: period)
        let periodMinutes = period.duration / 60
        let weighted = union.weightedSeconds / 60
        return ComponentAvailability(
            vendor: vendor, component: component, impactMinutes: union.impactSeconds / 60, weightedMinutes: weighted,
            periodMinutes: periodMinutes, availability: periodMinutes > 0 ? 1 - weighted / periodMinutes : 1,
            incidents: Set(windows.map(\.incidentID)).count,
            openIncidents: Set(windows.filter(\.open).map(\.incidentID)).count)
    }

    /// Whether an incident with unknown bounds may touch the period: no instant known, a known
    /// instant in it, or still open having started before the period ends.
    static func mayTouch(_ metrics: IncidentMetrics, _ period: DateInterval) -> Bool {
        let instants = metrics.events.values.map(\.instant)
        guard let earliest = instants.min() else { return true }
        let open = metrics.events[.resolved] == nil && metrics.events[.publicResolved] == nil
        return instants.contains { period.contains($0) } || (open && earliest < period.end)
    }
}
