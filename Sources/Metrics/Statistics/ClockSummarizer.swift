/// Summarises each clock over many incidents: order statistics, a seeded bootstrap interval of the
/// median, and how many incidents a 10% change would need.
public struct ClockSummarizer: Sendable, Hashable {
    /// Bootstrap resamples (2000 by default).
    public var resamples: Int
    /// The bootstrap seed; the same seed gives the same interval.
    public var seed: UInt64
    /// The confidence level of the interval (0.95).
    public var level: Double
    /// Whether to add the mean, labelled as misleading for skewed data.
    public var includeMean: Bool
    /// The relative change of the median the sample-size note is about (0.1).
    public var relativeChange: Double

    /// The label the mean carries.
    public static let meanNote =
        "mean shown on request: incident durations are right-skewed, so the mean sits well above most "
        + "incidents and moves with a single long one; use the median and percentiles"

    /// Creates a summarizer.
    public init(
        resamples: Int = 2000, seed: UInt64 = 20_250_110, level: Double = 0.95, includeMean: Bool = false,
        relativeChange: Double = 0.1
    ) {
        self.resamples = resamples
        self.seed = seed
        self.level = level
        self.includeMean = includeMean
        self.relativeChange = relativeChange
    }

    /// One summary per clock, in ``Clock`` order.
    public func summarize(_ metrics: [IncidentMetrics]) -> [ClockSummary] {
        Clock.allCases.map { clock in summarize(clock, values: metrics.compactMap { $0.clocks[clock] }) }
    }

    /// The summary of one clock's values, in minutes.
    public func summarize(_ clock: Clock, values: [Double]) -> ClockSummary {
        let sorted = values.sorted()
        let interval = Statistics.bootstrapMedianInterval(sorted, resamples: resamples, seed: seed, level: level)
        let size = SampleSize(values: sorted, relativeChange: relativeChange)
        let note =
            size.mostlyUnderAMinute
            ? "\(clock.rawValue) is under a minute for \(size.underAMinute) of \(size.available): "
                + Self.sameMoment(clock) + ", so this clock carries no information here; no lognormal fit"
            : size.note
        let percent = Int((level * 100).rounded())
        return ClockSummary(
            clock: clock, n: sorted.count,
            median: Statistics.quantile(sorted: sorted, 0.5), p75: Statistics.quantile(sorted: sorted, 0.75),
            p90: Statistics.quantile(sorted: sorted, 0.9), p95: Statistics.quantile(sorted: sorted, 0.95),
            min: sorted.first, max: sorted.last, medianCILow: interval?.low, medianCIHigh: interval?.high,
            incidentsFor10PercentChange: size.incidentsPerGroup, sampleSizeNote: note, underAMinute: size.underAMinute,
            mean: includeMean ? Statistics.mean(sorted) : nil,
            meanNote: includeMean && !sorted.isEmpty ? Self.meanNote : nil,
            intervalMethod: "\(percent)% percentile bootstrap of the median, \(resamples) resamples, "
                + "SplitMix64 seed \(seed)" + (interval == nil ? " (needs at least 2 values)" : "")
        )
    }

    /// Why a clock is mostly zero: its two ends are stamps of the same moment.
    static func sameMoment(_ clock: Clock) -> String {
        switch clock {
        case .ttd: "the detection is written at the impact start"
        case .ttfu: "the source's start field is its first update"
        case .ttr: "the resolution is written at the impact start"
        case .publicDuration: "the first update is already the resolution"
        }
    }
}
