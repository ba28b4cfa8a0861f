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
    /// The span availability was measured over: the period, or the part of it the data is known to cover.
    public var measured: DateInterval
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
    /// Incidents still open at the end of the span measured, counted to its end, by id.
    public var openAtEnd: [String]

    /// Creates a coverage statement.
    public init(
        vendor: String, period: DateInterval, measured: DateInterval? = nil, dataSpan: DateInterval?,
        dataSpanGiven: Bool = false, incidentsInPeriod: Int, unknownBounds: [String] = [], maintenanceExcluded: Int = 0,
        unknownImpact: Int = 0, openAtEnd: [String] = []
    ) {
        self.vendor = vendor
        self.period = period
        self.measured = measured ?? period
        self.dataSpan = dataSpan
        self.dataSpanGiven = dataSpanGiven
        self.incidentsInPeriod = incidentsInPeriod
        self.unknownBounds = unknownBounds
        self.maintenanceExcluded = maintenanceExcluded
        self.unknownImpact = unknownImpact
        self.openAtEnd = openAtEnd
    }

    /// Whether the data is known to reach back to the period's start.
    public var reachesPeriodStart: Bool { dataSpan.map { $0.start <= period.start } ?? false }

    /// The statement, one line in plain words, as printed in reports.
    public var statement: String {
        var parts = ["\(vendor): " + Self.count(incidentsInPeriod, "incident") + " with impact"]
        if let span = dataSpan, !dataSpanGiven {
            parts[0] +=
                ", " + (Self.day(span.start) == Self.day(span.end) ? "on \(Self.day(span.start))" : Self.days(span))
        }
        parts += details
        return parts.joined(separator: "; ")
    }

    /// What the figure leaves out or adds, in words (open incidents, unknown bounds, maintenance).
    public var details: [String] {
        var parts: [String] = []
        if dataSpanGiven, let span = dataSpan {
            parts.append(
                measured == period
                    ? "the data covers the whole period"
                    : "the data covers \(Self.days(span)), so availability is over \(Self.days(measured)) only")
        }
        if !openAtEnd.isEmpty {
            parts.append(
                "\(Self.count(openAtEnd.count, "incident")) still open at the end, counted to the end "
                    + "(\(openAtEnd.joined(separator: ", ")))")
        }
        if !unknownBounds.isEmpty {
            parts.append(
                "\(unknownBounds.count) left out, no known start (\(unknownBounds.joined(separator: "; ")))")
        }
        if maintenanceExcluded > 0 { parts.append("\(Self.count(maintenanceExcluded, "maintenance")) kept apart") }
        if unknownImpact > 0 {
            parts.append(
                "\(unknownImpact) of unknown impact counted as \(unknownImpact == 1 ? "a full outage" : "full outages")"
            )
        }
        return parts
    }

    /// `1 incident`, `3 incidents`, `2 maintenances`.
    static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }

    /// `2025-01-17`.
    static func day(_ date: Date) -> String { String(date.ISO8601Format().prefix(10)) }

    /// `from 2025-01-14 to 2025-01-28`.
    static func days(_ span: DateInterval) -> String { "from \(day(span.start)) to \(day(span.end))" }
}
