/// Impact minutes and availability of one component (or a whole vendor) over a period.
public struct ComponentAvailability: Sendable, Hashable, Codable {
    /// The vendor.
    public var vendor: String
    /// The component, or `nil` for the vendor as a whole.
    public var component: String?
    /// Minutes in the period covered by the union of the impact windows.
    public var impactMinutes: Double
    /// Weighted downtime minutes.
    public var weightedMinutes: Double
    /// The period's length, in minutes.
    public var periodMinutes: Double
    /// 1 − weighted / period.
    public var availability: Double
    /// How many incidents contributed.
    public var incidents: Int
    /// How many of them were still open at the period's end (counted to the end).
    public var openIncidents: Int

    /// Creates a row.
    public init(
        vendor: String, component: String?, impactMinutes: Double, weightedMinutes: Double, periodMinutes: Double,
        availability: Double, incidents: Int, openIncidents: Int = 0
    ) {
        self.vendor = vendor
        self.component = component
        self.impactMinutes = impactMinutes
        self.weightedMinutes = weightedMinutes
        self.periodMinutes = periodMinutes
        self.availability = availability
        self.incidents = incidents
        self.openIncidents = openIncidents
    }
}
