import Chronology
import Foundation
import IncidentModel
import Ingest
import Metrics
import Reporting
import Utilities

/// Builds a report: load (accounts of one incident merged) → reconcile → measure → select the period →
/// summarise.
///
/// Maintenance is kept apart: it is in the report's maintenance table, never in the clock summaries,
/// the incident counts or availability. With a closed period, the period before it (the previous
/// month for a month) is summarised too, for the comparison.
public struct ReportBuilder: Sendable {
    /// A report and the inputs that could not be read.
    public struct Outcome: Sendable {
        /// The report.
        public var report: Report
        /// Inputs that failed; each is also a line of `report.problems`.
        public var failures: [ReadFailure]
        /// How many inputs were read (files and standard input that did not fail).
        public var inputsRead = 0
        /// Every vendor read, whatever the period, sorted.
        public var vendorsRead: [String] = []
        /// Vendors asked for (`--vendor`) that no incident read has, as given.
        public var vendorsNotFound: [String] = []

        /// One warning per vendor asked for and not read, naming the vendors that were read.
        public var vendorWarnings: [String] {
            let read =
                vendorsRead.isEmpty
                ? "none"
                : vendorsRead.map { $0.isEmpty ? "(vendor unknown)" : $0 }
                    .joined(separator: ", ")
            return vendorsNotFound.map { "no incident of vendor \"\($0)\"; vendors read: \(read)" }
        }
    }

    /// Reads the paths and merges accounts of one incident; reconciling is left to `measure`.
    public var loader: IncidentLoader
    /// Reconciles written times: the loader's, so merging and measuring read times one way.
    public var reconciler: Reconciler { loader.reconciler }
    /// Measures each incident.
    public var measurer: IncidentMeasurer
    /// Summarises the clocks.
    public var summarizer: ClockSummarizer
    /// Computes availability.
    public var availability: AvailabilityCalculator

    /// Creates a builder with the stages' defaults; times are read with the loader's reconciler.
    public init(
        loader: IncidentLoader = IncidentLoader(),
        measurer: IncidentMeasurer = IncidentMeasurer(), summarizer: ClockSummarizer = ClockSummarizer(),
        availability: AvailabilityCalculator = AvailabilityCalculator()
    ) {
        var loader = loader
        loader.reconciles = false
        self.loader = loader
        self.measurer = measurer
        self.summarizer = summarizer
        self.availability = availability
    }

    /// Reads the paths and builds the report of a period, for the vendors asked (all when none).
    public func build(
        paths: [String], period: ReportPeriod, vendors: [String] = [], generated: Date? = nil,
        options: ReportOptions = ReportOptions()
    ) -> Outcome {
        build(loaded: loader.load(paths), period: period, vendors: vendors, generated: generated, options: options)
    }

    /// Builds the report of a period from what a loader gave (read from paths, or from an archive).
    ///
    /// `context` says what all the incidents read hold when `loaded` holds only those a period needs
    /// (an archive's period query); without it, it is computed from `loaded`.
    public func build(
        loaded: IncidentLoader.Result, period: ReportPeriod, vendors: [String] = [], generated: Date? = nil,
        options: ReportOptions = ReportOptions(), context: ReportContext? = nil
    ) -> Outcome {
        let measured = measure(loaded.incidents)
        let context = context ?? ReportContext(measured: measured)
        let report = assemble(
            measured, period: period, vendors: vendors, problems: loaded.failures.map(\.message), generated: generated,
            options: options, context: context)
        let read = context.vendors
        let known = Set(read.map { $0.lowercased() })
        var notFound: [String] = []
        for name in vendors where !known.contains(name.lowercased()) && !notFound.contains(name) {
            notFound.append(name)
        }
        return Outcome(
            report: report, failures: loaded.failures, inputsRead: loaded.formats.count, vendorsRead: read.sorted(),
            vendorsNotFound: notFound)
    }

    /// Reconciles and measures incidents as read (and merged by the loader), in parallel, in their order.
    ///
    /// Reconciling here rather than in the loader tells the readers' diagnostics from Chronology's.
    public func measure(_ incidents: [Incident]) -> [MeasuredIncident] {
        let builder = self
        return Self.parallelMap(incidents) { builder.measure(one: $0) }
    }

    /// Reconciles and measures one incident as read.
    public func measure(one read: Incident) -> MeasuredIncident {
        let incident = reconciler.reconcile(read)
        return MeasuredIncident(
            incident: incident, metrics: measurer.measure(incident), readingDiagnosticCount: read.diagnostics.count)
    }

    /// `map` over many threads, results in the input's order.
    static func parallelMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        Parallel.map(inputs.count) { transform(inputs[$0]) }
    }

    /// The report of a period over measured incidents: selection, clock summaries and availability.
    ///
    /// `context` holds every vendor read and where its data starts (``ReportContext``); without it,
    /// it is computed from `measured`.
    public func assemble(
        _ measured: [MeasuredIncident], period: ReportPeriod, vendors: [String] = [], problems: [String] = [],
        generated: Date? = nil, options: ReportOptions = ReportOptions(), context: ReportContext? = nil
    ) -> Report {
        let context = context ?? ReportContext(measured: measured)
        let selected = Report.select(measured, period: period, vendors: vendors)
        let wanted = Set(vendors.map { $0.lowercased() })
        let vendorNames =
            wanted.isEmpty
            ? Set(selected.map(\.incident.vendor))
            : context.vendors.filter { wanted.contains($0.lowercased()) }
        let clocks = summarizer.summarize(
            selected.filter(\.countsInClocks).map(\.metrics))
        let previous = period.previous.map { before -> PeriodSummary in
            let earlier = Report.select(measured, period: before, vendors: vendors)
            return PeriodSummary(
                period: before, incidents: earlier.filter(\.countsInClocks).count,
                clocks: summarizer.summarize(earlier.filter(\.countsInClocks).map(\.metrics)),
                availability: measureAvailability(earlier, period: before).rows,
                unobserved: context.unobserved(
                    vendorNames.subtracting(earlier.map(\.incident.vendor)), before: before.start))
        }
        let measured = measureAvailability(selected, period: period)
        let method =
            clocks.first { $0.clock == .ttr }.map { summary in
                "Percentiles: \(summary.quantileMethod). Interval of the median: "
                    + "\(summary.intervalMethod.isEmpty ? "none" : summary.intervalMethod)."
            } ?? Report.defaultStatisticsMethod
        return Report(
            period: period, vendors: Array(vendorNames), incidents: selected, clocks: clocks,
            availability: measured.rows, impactWindows: measured.windows, dataCoverage: measured.coverage,
            problems: problems, statisticsMethod: method, generated: generated, availabilitySpans: measured.spans,
            options: options, previous: previous)
    }

    /// Availability rows, windows, coverage lines and spans of the selected incidents.
    ///
    /// With a period, every vendor is measured over it (open bounds closed by the incidents' windows).
    /// Without one, each vendor is measured over the whole UTC months its own incidents run in
    /// (``AvailabilitySpan/wholeMonths(vendor:windows:)``), so a vendor whose data covers a few weeks of
    /// 2021 is not spread over a span that another vendor's data stretches to a decade.
    func measureAvailability(_ selected: [MeasuredIncident], period: ReportPeriod) -> (
        rows: [ComponentAvailability], windows: [ImpactWindow], coverage: [String], spans: [AvailabilitySpan]
    ) {
        var rows: [ComponentAvailability] = []
        var windows: [ImpactWindow] = []
        var coverage: [String] = []
        var spans: [AvailabilitySpan] = []
        func windowsOf(_ items: [MeasuredIncident]) -> [(start: Date, end: Date)] {
            items.compactMap { item in item.windowStart.map { ($0, item.windowEnd ?? $0) } }
        }
        if period.start == nil && period.end == nil {
            let byVendor = Dictionary(grouping: selected, by: \.incident.vendor)
            for vendor in byVendor.keys.sorted() {
                let items = byVendor[vendor] ?? []
                guard let span = AvailabilitySpan.wholeMonths(vendor: vendor, windows: windowsOf(items)) else {
                    continue
                }
                let measuredIn = availability.report(items.map { ($0.incident, $0.metrics) }, period: span.interval)
                rows += measuredIn.rows
                windows += measuredIn.windows
                coverage += measuredIn.coverage.map(span.statement)
                spans.append(span)
            }
            return (rows, windows, coverage, spans)
        }
        guard let span = period.closed(over: windowsOf(selected)), span.end > span.start else {
            return ([], [], [], [])
        }
        let measuredIn = availability.report(
            selected.map { ($0.incident, $0.metrics) }, period: DateInterval(start: span.start, end: span.end))
        windows = measuredIn.windows.compactMap { window in
            guard let clipped = period.clip(start: window.start, end: window.end) else { return nil }
            var copy = window
            copy.start = clipped.start
            copy.end = clipped.end
            return copy
        }
        spans = measuredIn.coverage.map {
            AvailabilitySpan(vendor: $0.vendor, start: span.start, end: span.end, rule: .period)
        }
        return (measuredIn.rows, windows, measuredIn.coverage.map(\.statement), spans)
    }
}
