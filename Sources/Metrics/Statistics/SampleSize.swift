import Foundation

/// How many incidents a change in the median would need before a test could see it.
///
/// Derivation. Incident durations are close to lognormal (Davidovič 2021; the VOID reports), so
/// their logarithms are close to normal, `ln T ~ N(μ, σ²)`, and the median is `e^μ`. Shrinking the
/// median by a fraction `c` (10% by default) moves `μ` by `δ = ln(1 / (1 − c))` (0.1054 for 10%)
/// and leaves `σ` alone. Comparing two groups of `n` incidents each with a two-sided two-sample
/// test on the logs, at significance `α` and power `1 − β`, needs
/// `n = 2 · (z₁₋α/₂ + z₁₋β)² · σ² / δ²` per group (the normal approximation to the t-test),
/// rounded up. With `α = 0.05` and power 0.8, `z₁₋α/₂ = 1.959964` and `z₁₋β = 0.841621`. `σ` is the
/// sample standard deviation (divisor `n − 1`) of the logs of the positive durations; zero or
/// negative durations have no logarithm and are left out of the fit, and the note says so.
///
/// When more than half of the values are under a minute, the clock mostly measures two stamps of
/// the same moment (a start field written with the first update); a lognormal fit to the few
/// others would describe noise, so none is made and the note says so.
public struct SampleSize: Sendable, Hashable, Codable {
    /// The relative change of the median to detect (0.1 for 10%).
    public var relativeChange: Double
    /// `z₁₋α/₂` for α = 0.05, two-sided.
    public static let zAlpha = 1.959_963_984_540_054
    /// `z₁₋β` for power 0.8.
    public static let zPower = 0.841_621_233_572_914_3

    /// The estimated standard deviation of the log durations, when there were two positive values.
    public var logSigma: Double?
    /// Incidents needed per group (before and after), when `logSigma` is known.
    public var incidentsPerGroup: Int?
    /// How many values the fit used, and how many were left out as not positive.
    public var fitted: Int
    /// Values left out of the fit because they were zero or negative.
    public var excluded: Int
    /// How many incidents were available.
    public var available: Int
    /// How many values are under a minute.
    public var underAMinute: Int
    /// Whether more than half of the values are under a minute (then no fit is made).
    public var mostlyUnderAMinute: Bool { underAMinute * 2 > available }

    /// Fits `values` (minutes) and computes the incidents needed to see `relativeChange`.
    public init(values: [Double], relativeChange: Double = 0.1) {
        self.relativeChange = relativeChange
        let positive = values.filter { $0 > 0 }
        fitted = positive.count
        excluded = values.count - positive.count
        available = values.count
        underAMinute = values.filter { $0 < 1 }.count
        logSigma =
            underAMinute * 2 > values.count
            ? nil : Statistics.sampleStandardDeviation(positive.map { Foundation.log($0) })
        if let sigma = logSigma, relativeChange > 0, relativeChange < 1 {
            let delta = Foundation.log(1 / (1 - relativeChange))
            let z = Self.zAlpha + Self.zPower
            incidentsPerGroup = Int((2 * z * z * sigma * sigma / (delta * delta)).rounded(.up))
        }
    }

    /// The note, in words, as printed in reports.
    public var note: String {
        let percent = Int((relativeChange * 100).rounded())
        if mostlyUnderAMinute {
            return "under a minute for \(underAMinute) of \(available); no lognormal fit, "
                + "no \(percent)% change in the median can be judged"
        }
        guard let sigma = logSigma, let needed = incidentsPerGroup else {
            return "too few positive durations (\(fitted)) to estimate their spread; "
                + "no \(percent)% change in the median can be judged"
        }
        var text =
            "detecting a \(percent)% change in the median at log-σ \(String(format: "%.2f", sigma)) "
            + "needs ≈ \(needed) incidents per period compared (lognormal fit, two-sample test on log "
            + "durations, α = 0.05 two-sided, power 0.8); this sample has \(available)"
        if excluded > 0 { text += " (\(excluded) zero or negative left out of the fit)" }
        return text
    }
}
