import Foundation
import IncidentModel
import Metrics

/// Everything a report shows, in canonical order: the value every renderer reads.
public struct Report: Sendable, Hashable, Codable {
    /// The period covered.
    public var period: ReportPeriod
    /// The vendors asked for (`--vendor`), or every vendor read, sorted.
    public var vendors: [String]
    /// The incidents whose impact window overlaps the period, in time order.
    public var incidents: [MeasuredIncident]
    /// One summary per clock, in `Clock.allCases` order.
    public var clocks: [ClockSummary]
    /// Availability per vendor (component `nil`) and per component, sorted by vendor then component.
    public var availability: [ComponentAvailability]
    /// The impact windows behind the availability, cut to the period, sorted.
    public var impactWindows: [ImpactWindow]
    /// What the data covers, one statement per vendor (a feed that starts after the period does, incidents
    /// left out for unknown bounds, maintenance excluded).
    public var dataCoverage: [String]
    /// Inputs that could not be read, one line each (`file: reason`).
    public var problems: [String]
    /// How the percentiles and the interval were computed, in words.
    public var statisticsMethod: String
    /// When the report was generated; only with `--stamp`, so output stays byte-stable.
    public var generated: Date?
    /// The span each vendor's availability is measured over, sorted by vendor (see ``AvailabilitySpan``);
    /// a vendor without one is measured over ``measuredSpan``.
    public var availabilitySpans: [AvailabilitySpan]
    /// The breakdown's grouping and which incidents get a detail section.
    public var options: ReportOptions
    /// The period before, to compare with; `nil` when the period has an open bound.
    public var previous: PeriodSummary?

    /// The default description of the statistics, matching `ClockSummary`.
    public static let defaultStatisticsMethod =
        "Percentiles interpolate linearly between closest ranks (Hyndman & Fan type 7, numpy's default). "
        + "The 95% confidence interval of the median is a seeded bootstrap, so the same incidents give the same "
        + "interval."

    /// Creates a report, putting every list in canonical order.
    public init(
        period: ReportPeriod, vendors: [String], incidents: [MeasuredIncident], clocks: [ClockSummary],
        availability: [ComponentAvailability], impactWindows: [ImpactWindow], dataCoverage: [String] = [],
        problems: [String] = [],
        statisticsMethod: String = Report.defaultStatisticsMethod, generated: Date? = nil,
        availabilitySpans: [AvailabilitySpan] = [], options: ReportOptions = ReportOptions(),
        previous: PeriodSummary? = nil
    ) {
        self.period = period
        self.vendors = Array(Set(vendors)).sorted()
        self.incidents = incidents.sorted(by: MeasuredIncident.chronological)
        self.clocks = clocks.sorted { Self.clockRank($0.clock) < Self.clockRank($1.clock) }
        self.availability = availability.sorted { lhs, rhs in
            if lhs.vendor != rhs.vendor { return lhs.vendor < rhs.vendor }
            return (lhs.component.map { "1" + $0 } ?? "0") < (rhs.component.map { "1" + $0 } ?? "0")
        }
        self.impactWindows = impactWindows.sorted { lhs, rhs in
            if lhs.vendor != rhs.vendor { return lhs.vendor < rhs.vendor }
            if lhs.component != rhs.component { return lhs.component < rhs.component }
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            if lhs.end != rhs.end { return lhs.end < rhs.end }
            return lhs.incidentID < rhs.incidentID
        }
        self.dataCoverage = dataCoverage
        self.problems = problems
        self.statisticsMethod = statisticsMethod
        self.generated = generated
        self.availabilitySpans = availabilitySpans.sorted { $0.vendor < $1.vendor }
        self.options = options
        self.previous = previous
    }

    /// The incidents proper: maintenance left out (it has a table of its own).
    public var unplanned: [MeasuredIncident] { incidents.filter(\.countsInClocks) }

    /// The scheduled maintenances, in time order.
    public var maintenances: [MeasuredIncident] { incidents.filter { !$0.countsInClocks } }

    /// The incidents among `measured` that belong in a report: impact window overlapping the period, and
    /// vendor among `vendors` (compared without case) when any are given.
    public static func select(_ measured: [MeasuredIncident], period: ReportPeriod, vendors: [String])
        -> [MeasuredIncident]
    {
        let wanted = Set(vendors.map { $0.lowercased() })
        return measured.filter { item in
            guard wanted.isEmpty || wanted.contains(item.incident.vendor.lowercased()) else { return false }
            guard let start = item.windowStart else { return false }
            return period.overlaps(start: start, end: item.windowEnd ?? start)
        }
    }

    /// The headline line of each vendor.
    public var headline: [VendorHeadline] {
        VendorHeadline.rows(incidents: unplanned, availability: availability, vendors: vendors)
    }

    /// Postmortem coverage and lag over the report's incidents.
    public var coverage: PostmortemCoverage { PostmortemCoverage(incidents: unplanned) }

    /// The stable anchor of each incident, in `incidents` order.
    public var anchors: [String] { Anchor.unique(incidents.map { ($0.incident.vendor, $0.incident.id) }) }

    /// The span availability is measured over: the period, open bounds closed by the incidents' windows.
    public var measuredSpan: (start: Date, end: Date)? { Self.measuredSpan(period: period, incidents: incidents) }

    /// The span availability is measured over, for a period and the incidents in it.
    public static func measuredSpan(period: ReportPeriod, incidents: [MeasuredIncident]) -> (start: Date, end: Date)? {
        period.closed(over: incidents.compactMap { item in item.windowStart.map { ($0, item.windowEnd ?? $0) } })
    }

    /// The span a vendor's availability is measured over: its own span, else ``measuredSpan``.
    public func measuredSpan(of vendor: String) -> (start: Date, end: Date)? {
        if let own = availabilitySpans.first(where: { $0.vendor == vendor }) { return (own.start, own.end) }
        return measuredSpan
    }

    /// Whether vendors are measured over spans of their own (a report without a period).
    public var measuresVendorsApart: Bool { availabilitySpans.contains { $0.rule == .wholeMonths } }

    /// The summary of one clock, when the report has it.
    public func summary(_ clock: Clock) -> ClockSummary? { clocks.first { $0.clock == clock } }

    private static func clockRank(_ clock: Clock) -> Int { Clock.allCases.firstIndex(of: clock) ?? Int.max }
}
