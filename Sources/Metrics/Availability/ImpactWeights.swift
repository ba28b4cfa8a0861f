import IncidentModel

/// How much of a minute of impact counts as downtime, by severity.
///
/// The default follows Statuspage's uptime display (also Instatus and Harness): a major (full)
/// outage counts 100%, a partial outage 30%, degraded performance 0%. When a source gives no
/// component states, the incident's impact stands in for them: `critical` and `major` → full,
/// `minor` → partial, `none` → degraded. An `unknown` impact counts as a full outage by default, a
/// conservative bound that the coverage statement discloses. Maintenance never counts.
public struct ImpactWeights: Sendable, Hashable, Codable {
    /// A full (major) outage, and the `critical`/`major` incident impacts.
    public var fullOutage: Double
    /// A partial outage, and the `minor` incident impact.
    public var partialOutage: Double
    /// Degraded performance, and the `none` incident impact.
    public var degraded: Double
    /// An incident whose impact the source does not give.
    public var unknown: Double

    /// Creates weights; the defaults are Statuspage's.
    public init(fullOutage: Double = 1, partialOutage: Double = 0.3, degraded: Double = 0, unknown: Double = 1) {
        self.fullOutage = fullOutage
        self.partialOutage = partialOutage
        self.degraded = degraded
        self.unknown = unknown
    }

    /// The weight of an incident impact; `nil` for maintenance, which is excluded.
    public func weight(for impact: Impact) -> Double? {
        switch impact {
        case .critical, .major: fullOutage
        case .minor: partialOutage
        case .none: degraded
        case .unknown: unknown
        case .maintenance: nil
        }
    }

    /// The weight of a Statuspage component status (`major_outage`, `partial_outage`,
    /// `degraded_performance`, `operational`); `nil` for `under_maintenance` and for names it does
    /// not know.
    public func weight(forComponentStatus status: String) -> Double? {
        switch status.lowercased().replacingOccurrences(of: " ", with: "_") {
        case "major_outage", "full_outage": fullOutage
        case "partial_outage": partialOutage
        case "degraded_performance", "degraded", "operational": degraded
        default: nil
        }
    }
}
