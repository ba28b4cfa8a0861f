import Foundation

/// A span during which one component of a vendor was impacted, with its weight.
public struct ImpactWindow: Sendable, Hashable, Codable {
    /// The vendor.
    public var vendor: String
    /// The component (or `(all)` when the incident names none).
    public var component: String
    /// The incident it comes from.
    public var incidentID: String
    /// Start.
    public var start: Date
    /// End.
    public var end: Date
    /// The weight of the impact (1 for a full outage, 0.3 for a partial one by default).
    public var weight: Double
    /// Whether the incident was still open when the period ended: the window runs to the period's end.
    public var open: Bool

    /// Creates a window.
    public init(
        vendor: String, component: String, incidentID: String, start: Date, end: Date, weight: Double,
        open: Bool = false
    ) {
        self.vendor = vendor
        self.component = component
        self.incidentID = incidentID
        self.start = start
        self.end = end
        self.weight = weight
        self.open = open
    }
}
