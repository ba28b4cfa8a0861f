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
        let bounds = Set(clipped.flatMap { [$0.0, $0.1] }).sorted()
        var impact = 0.0
        var weighted = 0.0
        for (from, to) in zip(bounds, bounds.dropFirst()) {
            let covering = clipped.filter { $0.0 <= from && $0.1 >= to }
            guard let weight = covering.map(\.2).max() else { continue }
            let seconds = to.timeIntervalSince(from)
            impact += seconds
            weighted += seconds * weight
        }
        impactSeconds = impact
        weightedSeconds = weighted
    }
}
