import Foundation

/// Availability per component and per vendor over a period, with what the data covers.
public struct AvailabilityReport: Sendable, Hashable, Codable {
    /// The period.
    public var period: DateInterval
    /// One row per vendor (component `nil`) followed by its components, vendors and components sorted.
    public var rows: [ComponentAvailability]
    /// The windows that went into the rows, sorted by vendor, component and start.
    public var windows: [ImpactWindow]
    /// One coverage statement per vendor.
    public var coverage: [Coverage]
    /// The weights used.
    public var weights: ImpactWeights

    /// Creates a report.
    public init(
        period: DateInterval, rows: [ComponentAvailability], windows: [ImpactWindow], coverage: [Coverage],
        weights: ImpactWeights
    ) {
        self.period = period
        self.rows = rows
        self.windows = windows
        self.coverage = coverage
        self.weights = weights
    }
}
