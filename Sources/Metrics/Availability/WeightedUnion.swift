import Foundation

/// The union of overlapping weighted windows, clipped to a period.
///
/// Overlaps count once: each instant counts as impacted when any window covers it, with the
/// largest weight among the windows covering it. So two overlapping incidents never double the
/// downtime, and the impacted time never exceeds the period.
public struct WeightedUnion: Sendable, Hashable {
    /// Seconds covered by at least one window, within the period.
    public let impactSeconds: Double
    /// Seconds weighted by the largest weight covering each instant, within the period.
    public let weightedSeconds: Double

    /// Computes the union of `windows` (start, end, weight) clipped to `period`.
    public init(_ windows: [(start: Date, end: Date, weight: Double)], period: DateInterval) {
        let clipped = windows.compactMap { window -> (Date, Date, Double)? in
            let start = Swift.max(window.start, period.start)
            let end = Swift.min(window.end, period.end)
            return start < end ? (start, end, window.weight) : nil
        }
        // One sweep over the sorted bounds (a window is active from its start bound up to its end
        // bound), not a scan of every window per span: 100,000 windows are 10^5 steps, not 10^10.
        // The spans and their order are those of the scan, so the sums are the same to the bit.
        let bounds = Set(clipped.flatMap { [$0.0, $0.1] }).sorted()
        let starts = clipped.sorted { $0.0 < $1.0 }
        let ends = clipped.sorted { $0.1 < $1.1 }
        var active = ActiveWeights()
        var nextStart = 0
        var nextEnd = 0
        var impact = 0.0
        var weighted = 0.0
        for (from, to) in zip(bounds, bounds.dropFirst()) {
            while nextEnd < ends.count, ends[nextEnd].1 <= from {
                active.remove(ends[nextEnd].2)
                nextEnd += 1
            }
            while nextStart < starts.count, starts[nextStart].0 <= from {
                active.insert(starts[nextStart].2)
                nextStart += 1
            }
            guard let weight = active.largest else { continue }
            let seconds = to.timeIntervalSince(from)
            impact += seconds
            weighted += seconds * weight
        }
        impactSeconds = impact
        weightedSeconds = weighted
    }
}

/// The weights of the windows covering a span, counted per distinct weight (impact levels give a
/// handful), so the largest is the last of a short sorted list.
private struct ActiveWeights {
    private var weights: [Double] = []
    private var counts: [Int] = []

    /// The largest weight of an active window, `nil` when none is active.
    var largest: Double? { weights.last }

    mutating func insert(_ weight: Double) {
        let position = weights.firstIndex { $0 >= weight } ?? weights.count
        if position < weights.count, weights[position] == weight {
            counts[position] += 1
        } else {
            weights.insert(weight, at: position)
            counts.insert(1, at: position)
        }
    }

    mutating func remove(_ weight: Double) {
        guard let position = weights.firstIndex(of: weight) else { return }
        counts[position] -= 1
        if counts[position] == 0 {
            weights.remove(at: position)
            counts.remove(at: position)
        }
    }
}
