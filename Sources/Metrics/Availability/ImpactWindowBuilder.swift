import Foundation
import IncidentModel

/// Turns a measured incident into one impact window per affected component.
///
/// The window runs from the impact start (or, unknown, the first update) to the resolved event
/// (or, unknown, the public resolution). The components are the incident's, else those its
/// updates name, else `(all)`. The weight is the incident impact's (see ``ImpactWeights``).
///
/// An incident with no end in the data (no restore time, no closing update) is open: given the
/// period's end, its window runs to it and is marked open, at no less than the partial-outage weight
/// (an incident still open is not known to be harmless, so it never leaves a figure at 100 %).
public struct ImpactWindowBuilder: Sendable, Hashable {
    /// What the incident's window is, or why there is none.
    public enum Outcome: Sendable, Hashable {
        /// The windows, one per component.
        case windows([ImpactWindow])
        /// A maintenance: excluded.
        case maintenance
        /// The window's start or end is unknown, or it is empty; the reason.
        case unknownBounds(String)
    }

    /// The component name used when an incident names none.
    public static let allComponents = "(all)"

    /// The weights.
    public var weights: ImpactWeights

    /// Creates a builder.
    public init(weights: ImpactWeights = ImpactWeights()) {
        self.weights = weights
    }

    /// The windows of an incident.
    public func outcome(for incident: Incident, metrics: IncidentMetrics, openUntil: Date? = nil) -> Outcome {
        guard !incident.isMaintenance, let ownWeight = weights.weight(for: incident.impact) else { return .maintenance }
        let start = metrics.events[.impactStart] ?? metrics.events[.firstUpdate]
        let end = metrics.events[.resolved] ?? metrics.events[.publicResolved]
        guard let start else { return .unknownBounds("\(incident.id): no impact start and no update time") }
        var open = false
        var weight = ownWeight
        var endInstant: Date
        if let end {
            endInstant = end.instant
        } else if let openUntil, start.instant < openUntil {
            open = true
            endInstant = openUntil
            weight = max(weight, weights.partialOutage)
        } else {
            return .unknownBounds("\(incident.id): not resolved in the data")
        }
        guard start.instant < endInstant else {
            return .unknownBounds("\(incident.id): empty window (\(start.rule) to \(end?.rule.description ?? "open"))")
        }
        var components = incident.components
        if components.isEmpty { components = Array(Set(incident.updates.flatMap(\.components))).sorted() }
        if components.isEmpty { components = [Self.allComponents] }
        return .windows(
            components.map {
                ImpactWindow(
                    vendor: incident.vendor, component: $0, incidentID: incident.id, start: start.instant,
                    end: endInstant, weight: weight, open: open)
            })
    }
}
