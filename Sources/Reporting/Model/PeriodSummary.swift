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
    /// The vendors with no incident in the period whose data does not reach back to its start,
    /// sorted: for them "no incident" would be a guess, so they are not compared.
    public var unobserved: [String]

    /// Creates a summary.
    public init(
        period: ReportPeriod, incidents: Int, clocks: [ClockSummary], availability: [ComponentAvailability],
        unobserved: [String] = []
    ) {
        self.period = period
        self.incidents = incidents
        self.clocks = clocks
        self.availability = availability
        self.unobserved = unobserved
    }

    /// The summary of one clock, when there is one.
    public func summary(_ clock: Clock) -> ClockSummary? { clocks.first { $0.clock == clock } }
}
