/// Order statistics of one clock over a set of incidents, and how far they can be trusted.
public struct ClockSummary: Sendable, Hashable, Codable {
    /// The clock.
    public var clock: Clock
    /// How many incidents had a value.
    public var n: Int
    /// The median in minutes (linear interpolation, numpy's default, as for every quantile here).
    public var median: Double?
    /// The 75th percentile, in minutes.
    public var p75: Double?
    /// The 90th percentile, in minutes.
    public var p90: Double?
    /// The 95th percentile, in minutes.
    public var p95: Double?
    /// The shortest value, in minutes.
    public var min: Double?
    /// The longest value, in minutes.
    public var max: Double?
    /// The low end of the seeded bootstrap 95% confidence interval of the median.
    public var medianCILow: Double?
    /// The high end of that interval.
    public var medianCIHigh: Double?
    /// How many incidents a 10% change in the median would need to be detectable.
    public var incidentsFor10PercentChange: Int?
    /// The sample-size note, in words.
    public var sampleSizeNote: String
    /// How many values are under a minute; when more than half are, no lognormal fit is made and
    /// the note says the clock carries no information here.
    public var underAMinute: Int
    /// The arithmetic mean, only when asked for (misleading for skewed data).
    public var mean: Double?
    /// The label printed beside the mean, when there is one.
    public var meanNote: String?
    /// How the quantiles were computed, as printed in reports.
    public var quantileMethod: String
    /// How the confidence interval was computed (resamples, seed), as printed in reports.
    public var intervalMethod: String

    /// Creates a summary.
    public init(
        clock: Clock, n: Int, median: Double? = nil, p75: Double? = nil, p90: Double? = nil, p95: Double? = nil,
        min: Double? = nil, max: Double? = nil, medianCILow: Double? = nil, medianCIHigh: Double? = nil,
        incidentsFor10PercentChange: Int? = nil, sampleSizeNote: String = "", underAMinute: Int = 0,
        mean: Double? = nil,
        meanNote: String? = nil, quantileMethod: String = Statistics.quantileMethod, intervalMethod: String = ""
    ) {
        self.clock = clock
        self.n = n
        self.median = median
        self.p75 = p75
        self.p90 = p90
        self.p95 = p95
        self.min = min
        self.max = max
        self.medianCILow = medianCILow
        self.medianCIHigh = medianCIHigh
        self.incidentsFor10PercentChange = incidentsFor10PercentChange
        self.sampleSizeNote = sampleSizeNote
        self.underAMinute = underAMinute
        self.mean = mean
        self.meanNote = meanNote
        self.quantileMethod = quantileMethod
        self.intervalMethod = intervalMethod
    }
}
