import Foundation

/// What the data behind an availability figure covers, and what it leaves out.
///
/// "Missing data is unobserved, never assumed available": when the data starts after the period
/// does (a feed keeps only its newest entries; Statuspage's `incidents.json` returns up to 50), the
/// time before it was not observed, and the statement says so.
public struct Coverage: Sendable, Hashable, Codable {
    /// The vendor.
    public var vendor: String
    /// The reporting period.
    public var period: DateInterval
    /// The span the data covers, or `nil` when no incident has a known instant.
    ///
    /// Given by the caller, or else from the earliest to the latest instant of the vendor's incidents.
    public var dataSpan: DateInterval?
    /// Whether `dataSpan` was given by the caller (`true`) or inferred from the incidents.
    public var dataSpanGiven: Bool
    /// Incidents whose window fell in the period.
    public var incidentsInPeriod: Int
    /// Incidents that may touch the period but whose impact window has an unknown or empty bound, with the reason.
    public var unknownBounds: [String]
    /// Maintenance incidents left out.
    public var maintenanceExcluded: Int
    /// Incidents in the period whose impact level was unknown, counted at the `unknown` weight.
    public var unknownImpact: Int

    /// Creates a coverage statement.
    public init(
        vendor: String, period: DateInterval, dataSpan: DateInterval?, dataSpanGiven: Bool = false,
        incidentsInPeriod: Int, unknownBounds: [String] = [], maintenanceExcluded: Int = 0, unknownImpact: Int = 0
    ) {
        self.vendor = vendor
        self.period = period
        self.dataSpan = dataSpan
        self.dataSpanGiven = dataSpanGiven
        self.incidentsInPeriod = incidentsInPeriod
        self.unknownBounds = unknownBounds
        self.maintenanceExcluded = maintenanceExcluded
        self.unknownImpact = unknownImpact
    }

    /// Whether the data is known to reach back to the period's start.
    public var reachesPeriodStart: Bool { dataSpan.map { $0.start <= period.start } ?? false }

    /// The statement, in words, as printed in reports.
    public var statement: String {
        var parts: [String] = []
        let from = period.start.ISO8601Format()
        let to = period.end.ISO8601Format()
        if let span = dataSpan {
            let how = dataSpanGiven ? "the data covers" : "the incidents in the data run from"
            parts.append("\(vendor): \(how) \(span.start.ISO8601Format()) to \(span.end.ISO8601Format())")
            if span.start > period.start {
                parts.append(
                    "the period starts \(from), before the data does; earlier time is unobserved, not assumed available"
                )
            }
        } else {
            parts.append("\(vendor): no incident with a known time")
        }
        parts.append("\(incidentsInPeriod) incident(s) with impact in \(from) to \(to)")
        if !unknownBounds.isEmpty {
            parts.append(
                "\(unknownBounds.count) left out for unknown bounds (\(unknownBounds.joined(separator: "; ")))")
        }
        if maintenanceExcluded > 0 { parts.append("\(maintenanceExcluded) maintenance(s) excluded") }
        if unknownImpact > 0 { parts.append("\(unknownImpact) of unknown impact counted at the unknown weight") }
        return parts.joined(separator: "; ")
    }
}
