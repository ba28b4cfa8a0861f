import Foundation

/// Order statistics, the seeded bootstrap and dispersion, with the methods stated.
public enum Statistics {
    /// The quantile method, as printed in reports.
    public static let quantileMethod =
        "linear interpolation between closest ranks (numpy.percentile default, Hyndman & Fan type 7)"

    /// The `p`-quantile (0…1) of values already sorted ascending, by linear interpolation
    /// (numpy's default): with `h = (n − 1)·p`, `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`.
    ///
    /// Returns `nil` for no values.
    public static func quantile(sorted values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let clamped = Swift.min(Swift.max(p, 0), 1)
        let h = Double(values.count - 1) * clamped
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, values.count - 1)
        return values[lower] + (h - Double(lower)) * (values[upper] - values[lower])
    }

    /// The `p`-quantile of unsorted values.
    public static func quantile(_ values: [Double], _ p: Double) -> Double? {
        quantile(sorted: values.sorted(), p)
    }

    /// The median (the 0.5 quantile).
    public static func median(_ values: [Double]) -> Double? { quantile(values, 0.5) }

    /// The arithmetic mean; misleading for skewed durations, so reports show it only on request.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation (divisor `n − 1`), or `nil` below two values.
    public static func sampleStandardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2, let m = mean(values) else { return nil }
        let squares = values.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// A percentile bootstrap confidence interval of the median.
    ///
    /// Draws `resamples` samples of size `n` with replacement, index by index with
    /// ``SplitMix64/nextIndex(below:)`` from a generator seeded with `seed`, takes each sample's
    /// median, and returns the `(1 − level)/2` and `(1 + level)/2` quantiles of those medians (linear
    /// interpolation). Same values, seed and count give the same interval. `nil` below two values.
    public static func bootstrapMedianInterval(
        _ values: [Double], resamples: Int = 2000, seed: UInt64 = 20_250_110, level: Double = 0.95
    ) -> (low: Double, high: Double)? {
        guard values.count >= 2, resamples > 0 else { return nil }
        var generator = SplitMix64(seed: seed)
        var medians: [Double] = []
        medians.reserveCapacity(resamples)
        var sample = [Double](repeating: 0, count: values.count)
        for _ in 0..<resamples {
            for slot in 0..<values.count {
                sample[slot] = values[generator.nextIndex(below: values.count)]
            }
            sample.sort()
            if let m = quantile(sorted: sample, 0.5) { medians.append(m) }
        }
        medians.sort()
        guard let low = quantile(sorted: medians, (1 - level) / 2),
            let high = quantile(sorted: medians, (1 + level) / 2)
        else { return nil }
        return (low, high)
    }
}
