import Chronology
import Foundation
import IncidentModel
import Ingest
import Metrics
import Reporting

/// Builds a report: load (accounts of one incident merged) → reconcile → measure → select the period →
/// summarise.
///
/// Maintenance counts in the incidents table but not in the clock summaries or availability.
public struct ReportBuilder: Sendable {
    /// A report and the inputs that could not be read.
    public struct Outcome: Sendable {
        /// The report.
        public var report: Report
        /// Inputs that failed; each is also a line of `report.problems`.
        public var failures: [ReadFailure]
    }

    /// Reads the paths and merges accounts of one incident; reconciling is left to `measure`.
    public var loader: IncidentLoader
    /// Reconciles written times.
    public var reconciler: Reconciler
    /// Measures each incident.
    public var measurer: IncidentMeasurer
    /// Summarises the clocks.
    public var summarizer: ClockSummarizer
    /// Computes availability.
    public var availability: AvailabilityCalculator

    /// Creates a builder with the stages' defaults.
    public init(
        loader: IncidentLoader = IncidentLoader(), reconciler: Reconciler = Reconciler(),
        measurer: IncidentMeasurer = IncidentMeasurer(), summarizer: ClockSummarizer = ClockSummarizer(),
        availability: AvailabilityCalculator = AvailabilityCalculator()
    ) {
        var loader = loader
        loader.reconcile = nil
        self.loader = loader
        self.reconciler = reconciler
        self.measurer = measurer
        self.summarizer = summarizer
        self.availability = availability
    }

    /// Reads the paths and builds the report of a period, for the vendors asked (all when none).
    public func build(paths: [String], period: ReportPeriod, vendors: [String] = [], generated: Date? = nil)
        -> Outcome
    {
        let loaded = loader.load(paths)
        let measured = measure(loaded.incidents)
        let report = assemble(
            measured, period: period, vendors: vendors, problems: loaded.failures.map(\.message), generated: generated)
        return Outcome(report: report, failures: loaded.failures)
    }

    /// Reconciles and measures incidents as read (and merged by the loader), in parallel, in their order.
    ///
    /// Reconciling here rather than in the loader tells the readers' diagnostics from Chronology's.
    public func measure(_ incidents: [Incident]) -> [MeasuredIncident] {
        let reconciler = self.reconciler
        let measurer = self.measurer
        return Self.parallelMap(incidents) { read in
            let incident = reconciler.reconcile(read)
            return MeasuredIncident(
                incident: incident, metrics: measurer.measure(incident), readingDiagnosticCount: read.diagnostics.count)
        }
    }

    /// `map` over many threads, results in the input's order.
    static func parallelMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        let slots = ResultSlots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots.set(transform(inputs[index]), at: index)
        }
        return slots.ordered
    }

    /// The report of a period over measured incidents: selection, clock summaries and availability.
    public func assemble(
        _ measured: [MeasuredIncident], period: ReportPeriod, vendors: [String] = [], problems: [String] = [],
        generated: Date? = nil
    ) -> Report {
        let selected = Report.select(measured, period: period, vendors: vendors)
        let wanted = Set(vendors.map { $0.lowercased() })
        let vendorNames =
            wanted.isEmpty
            ? Set(selected.map(\.incident.vendor))
            : Set(measured.map(\.incident.vendor).filter { wanted.contains($0.lowercased()) })
        let clocks = summarizer.summarize(
            selected.filter(\.countsInClocks).map(\.metrics))
        var rows: [ComponentAvailability] = []
        var windows: [ImpactWindow] = []
        var coverage: [String] = []
        if let span = Report.measuredSpan(period: period, incidents: selected), span.end > span.start {
            let measuredIn = availability.report(
                selected.map { ($0.incident, $0.metrics) }, period: DateInterval(start: span.start, end: span.end))
            rows = measuredIn.rows
            windows = measuredIn.windows.compactMap { window in
                guard let clipped = period.clip(start: window.start, end: window.end) else { return nil }
                var copy = window
                copy.start = clipped.start
                copy.end = clipped.end
                return copy
            }
            coverage = measuredIn.coverage.map(\.statement)
        }
        let method =
            clocks.first { $0.clock == .ttr }.map { summary in
                "Percentiles: \(summary.quantileMethod). Interval of the median: "
                    + "\(summary.intervalMethod.isEmpty ? "none" : summary.intervalMethod)."
            } ?? Report.defaultStatisticsMethod
        return Report(
            period: period, vendors: Array(vendorNames), incidents: selected, clocks: clocks, availability: rows,
            impactWindows: windows, dataCoverage: coverage, problems: problems, statisticsMethod: method,
            generated: generated)
    }
}
