import IncidentModel
import Metrics

/// How many incidents have a postmortem, by impact, and how long after the impact it came.
public struct PostmortemCoverage: Sendable, Hashable, Codable {
    /// Coverage of one impact level.
    public struct Row: Sendable, Hashable, Codable {
        /// The impact level.
        public var impact: Impact
        /// Incidents of that level.
        public var incidents: Int
        /// Of those, how many have a postmortem.
        public var withPostmortem: Int
    }

    /// Incidents in the report.
    public var incidents: Int
    /// Of those, how many have a postmortem.
    public var withPostmortem: Int
    /// Coverage per impact level, most severe first, levels without incidents left out.
    public var byImpact: [Row]
    /// How many postmortems have a known posting time (and so a lag).
    public var lagsKnown: Int
    /// The median lag from the end of impact to the postmortem, in minutes.
    public var lagMedian: Double?
    /// The 90th percentile of that lag, in minutes.
    public var lagP90: Double?
    /// The shortest lag, in minutes.
    public var lagMin: Double?
    /// The longest lag, in minutes.
    public var lagMax: Double?

    /// Counts coverage over the incidents.
    public init(incidents list: [MeasuredIncident]) {
        incidents = list.count
        withPostmortem = list.filter(\.hasPostmortem).count
        byImpact = Self.impactOrder.compactMap { impact in
            let ofLevel = list.filter { $0.incident.impact == impact }
            guard !ofLevel.isEmpty else { return nil }
            return Row(impact: impact, incidents: ofLevel.count, withPostmortem: ofLevel.filter(\.hasPostmortem).count)
        }
        let lags = list.compactMap(\.postmortemLagMinutes).sorted()
        lagsKnown = lags.count
        lagMedian = Statistics.quantile(sorted: lags, 0.5)
        lagP90 = Statistics.quantile(sorted: lags, 0.9)
        lagMin = lags.first
        lagMax = lags.last
    }

    /// Impact levels from the most to the least severe, then maintenance and unknown.
    public static let impactOrder: [Impact] = [.critical, .major, .minor, .none, .maintenance, .unknown]
}
