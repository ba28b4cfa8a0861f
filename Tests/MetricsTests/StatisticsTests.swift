import Foundation
import Metrics
import Testing

/// Expected numbers were computed independently in Python 3 with numpy 2.4.6:
/// `numpy.percentile(v, q)` (default linear method) for the quantiles, `numpy.std(numpy.log(v),
/// ddof=1)` for σ, `statistics.NormalDist().inv_cdf` for the z values, and a separate Python
/// SplitMix64 with the same rejection draw and `numpy.percentile` for the bootstrap interval.
@Suite struct StatisticsTests {
    /// A right-skewed sample of durations in minutes.
    let skewed: [Double] = [12, 18, 25, 31, 44, 52, 67, 90, 115, 160, 240, 528]

    func close(_ a: Double?, _ b: Double, within tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    @Test func quantilesMatchNumpyLinearInterpolation() {
        #expect(close(Statistics.quantile(skewed, 0.5), 59.5))
        #expect(close(Statistics.quantile(skewed, 0.75), 126.25))
        #expect(close(Statistics.quantile(skewed, 0.9), 232.0))
        #expect(close(Statistics.quantile(skewed, 0.95), 369.6))
        #expect(Statistics.quantile([], 0.5) == nil)
        #expect(Statistics.quantile([7], 0.9) == 7)
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func bootstrapIntervalIsSeededAndMatchesAnIndependentImplementation() throws {
        let sample: [Double] = [3.5, 7.25, 11, 19.5, 26, 38.75, 41, 66.5, 73, 104]
        let one = try #require(Statistics.bootstrapMedianInterval(sample, resamples: 200, seed: 1))
        let again = try #require(Statistics.bootstrapMedianInterval(sample, resamples: 200, seed: 1))
        let two = try #require(Statistics.bootstrapMedianInterval(sample, resamples: 200, seed: 2))
        #expect(one == again)
        #expect(close(one.low, 15.203125) && close(one.high, 66.5))
        #expect(close(two.low, 11.0) && close(two.high, 69.75))
        #expect(Statistics.bootstrapMedianInterval([5]) == nil)
    }

    @Test func clockSummaryStatesEverything() {
        let summary = ClockSummarizer().summarize(.ttr, values: skewed.reversed())
        #expect(summary.n == 12)
        #expect(close(summary.median, 59.5))
        #expect(close(summary.p90, 232.0))
        #expect(summary.min == 12)
        #expect(summary.max == 528)
        #expect(close(summary.medianCILow, 28.0))
        #expect(close(summary.medianCIHigh, 137.5))
        // σ of log durations 1.1079829272080817; 2·(1.959964 + 0.841621)²·σ² / ln(1/0.9)² = 1735.99
        #expect(summary.incidentsFor10PercentChange == 1736)
        #expect(summary.sampleSizeNote.contains("≈ 1736 incidents"))
        #expect(summary.sampleSizeNote.contains("log-σ 1.11"))
        #expect(summary.mean == nil)
        #expect(summary.quantileMethod.contains("numpy"))
        #expect(summary.intervalMethod.contains("seed 20250110"))
    }

    @Test func meanOnlyOnRequestAndLabelled() {
        let summary = ClockSummarizer(includeMean: true).summarize(.ttd, values: skewed)
        #expect(close(summary.mean, 115.16666666666667))
        #expect(summary.meanNote?.contains("skewed") == true)
    }

    @Test func sampleSizeNeedsTwoPositiveDurations() {
        let none = SampleSize(values: [0, 42])
        #expect(none.incidentsPerGroup == nil)
        #expect(none.excluded == 1)
        #expect(none.note.contains("too few"))
        let summaries = ClockSummarizer().summarize([IncidentMetrics(incidentID: "a", clocks: [.ttd: 5])])
        #expect(summaries.map(\.clock) == Clock.allCases)
        #expect(summaries[0].n == 1 && summaries[0].medianCILow == nil && summaries[1].n == 0)
    }

    @Test func aClockMostlyUnderAMinuteGetsNoFitAndSaysWhy() {
        let summary = ClockSummarizer().summarize(.ttfu, values: [0, 0, 0.5, 0, 12, 30, 0])
        #expect(summary.underAMinute == 5)
        #expect(summary.incidentsFor10PercentChange == nil)
        #expect(
            summary.sampleSizeNote
                == "ttfu is under a minute for 5 of 7: the source's start field is its first update, so this clock "
                + "carries no information here; no lognormal fit")
        #expect(summary.n == 7 && summary.median == 0)
        // Exactly half is not "more than half": the fit is made from the positive values.
        let half = ClockSummarizer().summarize(.ttfu, values: [0, 0, 12, 30])
        #expect(half.underAMinute == 2)
        #expect(half.incidentsFor10PercentChange != nil)
        #expect(half.sampleSizeNote.contains("(2 zero or negative left out of the fit)"))
    }

    @Test func medianAndQuantilesStayWithinTheSample() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<300 {
            let count = 1 + generator.nextIndex(below: 40)
            let values = (0..<count).map { _ in Double(generator.nextIndex(below: 100_000)) / 7 }
            let ps = [0.0, 0.25, 0.5, 0.75, 0.9, 0.95, 1.0]
            let qs = ps.compactMap { Statistics.quantile(values, $0) }
            #expect(qs.count == ps.count)
            #expect(qs.first == values.min() && qs.last == values.max())
            #expect(zip(qs, qs.dropFirst()).allSatisfy { $0 <= $1 })
        }
    }
}
