import Metrics

/// What the previous period looked like, to compare with: counts, clocks and availability.
public struct PeriodSummary: Sendable, Hashable, Codable {
    /// The previous period.
    public var period: ReportPeriod
    /// Incidents in it (maintenance left out).
    public var incidents: Int
    /// One summary per clock.
    public var clocks: [ClockSummary]
    /// Availability per vendor and component, as in ``Report/availability``.
    public var availability: [ComponentAvailability]

    /// Creates a summary.
    public init(period: ReportPeriod, incidents: Int, clocks: [ClockSummary], availability: [ComponentAvailability]) {
        self.period = period
        self.incidents = incidents
        self.clocks = clocks
        self.availability = availability
    }

    /// The summary of one clock, when there is one.
    public func summary(_ clock: Clock) -> ClockSummary? { clocks.first { $0.clock == clock } }
}
