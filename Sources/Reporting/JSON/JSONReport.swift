import Foundation
import IncidentModel
import Metrics

/// The report as one JSON document (`--format json`): the same content as `report.md`, with sorted
/// keys, instants as ISO 8601 UTC strings and minutes rounded to a tenth, so output is byte-stable.
public struct JSONReport: Codable, Sendable, Hashable {
    /// The file name the document is written to.
    public static let fileName = "report.json"

    /// The period covered.
    struct Period: Codable, Sendable, Hashable {
        var label: String
        var start: String?
        var end: String?
        var measuredStart: String?
        var measuredEnd: String?
    }

    /// One clock's summary; no mean, on purpose.
    struct ClockRow: Codable, Sendable, Hashable {
        var clock: String
        var definition: String
        var n: Int
        var median: Double?
        var p75: Double?
        var p90: Double?
        var p95: Double?
        var min: Double?
        var max: Double?
        var medianCILow: Double?
        var medianCIHigh: Double?
        var incidentsFor10PercentChange: Int?
        var sampleSizeNote: String
    }

    /// Availability of a vendor (no component) or a component.
    struct AvailabilityRow: Codable, Sendable, Hashable {
        var vendor: String
        var component: String?
        var incidents: Int
        var impactMinutes: Double
        var weightedMinutes: Double
        var periodMinutes: Double
        var availability: Double
        var openIncidents: Int
    }

    /// The period before, as the review compares it.
    struct Previous: Codable, Sendable, Hashable {
        var label: String
        var start: String?
        var end: String?
        var incidents: Int
        var clocks: [ClockRow]
        var availability: [AvailabilityRow]
        var unobservedVendors: [String]
    }

    /// The span one vendor's availability is measured over.
    struct Span: Codable, Sendable, Hashable {
        var vendor: String
        var start: String
        var end: String
        var rule: String
        var label: String
    }

    /// An impact window of one component.
    struct Window: Codable, Sendable, Hashable {
        var vendor: String
        var component: String
        var incidentID: String
        var start: String
        var end: String
        var weight: Double
        var open: Bool
    }

    /// The document's format name and version.
    var format = "postmortem-report/1"
    var period: Period
    var generated: String?
    var vendors: [String]
    var headline: [VendorHeadline]
    var clocks: [ClockRow]
    var previous: Previous?
    var statisticsMethod: String
    var incidents: [JSONIncident]
    var availability: [AvailabilityRow]
    var availabilitySpans: [Span]
    var impactWindows: [Window]
    var postmortemCoverage: PostmortemCoverage
    var dataCoverage: [String]
    var diagnosticsByCode: [DiagnosticTally]
    var problems: [String]

    /// The JSON form of a report.
    public init(_ report: Report) {
        let span = report.measuredSpan
        period = Period(
            label: report.period.label, start: report.period.start.map(UTCTime.iso),
            end: report.period.end.map(UTCTime.iso), measuredStart: span.map { UTCTime.iso($0.start) },
            measuredEnd: span.map { UTCTime.iso($0.end) })
        generated = report.generated.map(UTCTime.iso)
        vendors = report.vendors
        headline = report.headline.map { row in
            var copy = row
            copy.impactMinutes = row.impactMinutes.map(Self.tenth)
            copy.weightedMinutes = row.weightedMinutes.map(Self.tenth)
            copy.availability = row.availability.map(Self.sixth)
            return copy
        }
        clocks = report.clocks.map(Self.clockRow)
        previous = report.previous.map { before in
            Previous(
                label: before.period.label, start: before.period.start.map(UTCTime.iso),
                end: before.period.end.map(UTCTime.iso), incidents: before.incidents,
                clocks: before.clocks.map(Self.clockRow), availability: before.availability.map(Self.availabilityRow),
                unobservedVendors: before.unobserved)
        }
        statisticsMethod = report.statisticsMethod
        incidents = zip(report.incidents, report.anchors).map { JSONIncident($0, anchor: $1) }
        availability = report.availability.map(Self.availabilityRow)
        availabilitySpans = report.availabilitySpans.map {
            Span(
                vendor: $0.vendor, start: UTCTime.iso($0.start), end: UTCTime.iso($0.end), rule: $0.rule.rawValue,
                label: $0.label)
        }
        impactWindows = report.impactWindows.map {
            Window(
                vendor: $0.vendor, component: $0.component, incidentID: $0.incidentID, start: UTCTime.iso($0.start),
                end: UTCTime.iso($0.end), weight: $0.weight, open: $0.open)
        }
        var coverage = report.coverage
        coverage.lagMedian = coverage.lagMedian.map(Self.tenth)
        coverage.lagP90 = coverage.lagP90.map(Self.tenth)
        coverage.lagMin = coverage.lagMin.map(Self.tenth)
        coverage.lagMax = coverage.lagMax.map(Self.tenth)
        postmortemCoverage = coverage
        dataCoverage = report.dataCoverage
        diagnosticsByCode = DiagnosticTally.tallies(report.incidents)
        problems = report.problems
    }

    static func clockRow(_ s: ClockSummary) -> ClockRow {
        ClockRow(
            clock: s.clock.rawValue, definition: s.clock.definition, n: s.n, median: s.median.map(tenth),
            p75: s.p75.map(tenth), p90: s.p90.map(tenth), p95: s.p95.map(tenth), min: s.min.map(tenth),
            max: s.max.map(tenth), medianCILow: s.medianCILow.map(tenth), medianCIHigh: s.medianCIHigh.map(tenth),
            incidentsFor10PercentChange: s.incidentsFor10PercentChange, sampleSizeNote: s.sampleSizeNote)
    }

    static func availabilityRow(_ row: ComponentAvailability) -> AvailabilityRow {
        AvailabilityRow(
            vendor: row.vendor, component: row.component, incidents: row.incidents,
            impactMinutes: tenth(row.impactMinutes), weightedMinutes: tenth(row.weightedMinutes),
            periodMinutes: tenth(row.periodMinutes), availability: sixth(row.availability),
            openIncidents: row.openIncidents)
    }

    /// The document's text: pretty-printed, keys sorted, slashes unescaped, ending in a newline.
    public static func render(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(JSONReport(report))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Minutes rounded to a tenth, as in the CSV files.
    static func tenth(_ value: Double) -> Double { (value * 10).rounded(.toNearestOrAwayFromZero) / 10 }

    /// A fraction rounded to six decimals.
    static func sixth(_ value: Double) -> Double { (value * 1_000_000).rounded(.toNearestOrAwayFromZero) / 1_000_000 }
}
