import Foundation

/// A base-10 logarithmic scale over minutes, with ticks at readable durations.
struct LogScale {
    /// Readable durations in minutes and their labels, from a minute to a year.
    static let candidates: [(minutes: Double, label: String)] = [
        (1, "1 min"), (2, "2 min"), (5, "5 min"), (10, "10 min"), (15, "15 min"), (20, "20 min"), (30, "30 min"),
        (45, "45 min"), (60, "1 h"), (90, "1.5 h"), (120, "2 h"), (180, "3 h"), (240, "4 h"), (360, "6 h"),
        (480, "8 h"), (720, "12 h"), (1440, "1 d"), (2880, "2 d"), (4320, "3 d"), (10_080, "7 d"), (20_160, "14 d"),
        (43_200, "30 d"), (129_600, "90 d"), (525_600, "365 d"),
    ]

    /// The lower bound of the axis, in minutes.
    let low: Double
    /// The upper bound of the axis, in minutes.
    let high: Double

    /// A scale covering the values, widened to the nearest readable durations and to at least a decade.
    init(covering values: [Double]) {
        let positive = values.filter { $0 > 0 }
        let smallest = positive.min() ?? 1
        let largest = max(positive.max() ?? 60, smallest)
        let high = Self.candidates.first { $0.minutes >= largest }?.minutes ?? largest
        var low = Self.candidates.last { $0.minutes <= smallest }?.minutes ?? smallest
        if high / low < 10 { low = Self.candidates.last { $0.minutes <= high / 10 }?.minutes ?? min(low, high / 10) }
        self.low = low
        self.high = high
    }

    /// The position of a value between 0 and 1; values at or below `low` sit at 0.
    func fraction(_ minutes: Double) -> Double {
        guard minutes > low else { return 0 }
        return min((log10(minutes) - log10(low)) / (log10(high) - log10(low)), 1)
    }

    /// The ticks inside the scale, at durations people say (`45 min`, `1.5 h`, `3 d`), thinned so that
    /// neighbours are at least `spacing` of the axis apart (a fraction of its length).
    func ticks(spacing: Double = 0.07) -> [(minutes: Double, label: String)] {
        let inside = Self.candidates.filter { $0.minutes >= low && $0.minutes <= high }
        var chosen: [(minutes: Double, label: String)] = []
        for tick in inside {
            if let last = chosen.last, fraction(tick.minutes) - fraction(last.minutes) < spacing {
                if tick.minutes == high { chosen[chosen.count - 1] = tick }
                continue
            }
            chosen.append(tick)
        }
        return chosen
    }
}
