/// How far a stated duration may be from the computed clock before it is flagged.
///
/// The default, `max(15 minutes, 15% of the computed clock)`, allows for rounding in prose
/// ("approximately 3 hours" for 2 h 50 min) while catching claims that leave out a stretch of the
/// incident.
public struct DurationTolerance: Sendable, Hashable, Codable {
    /// The least allowed difference, in minutes.
    public var minimumMinutes: Double
    /// The allowed difference as a fraction of the computed clock.
    public var fraction: Double

    /// Creates a tolerance.
    public init(minimumMinutes: Double = 15, fraction: Double = 0.15) {
        self.minimumMinutes = minimumMinutes
        self.fraction = fraction
    }

    /// The allowed difference for a computed length, in minutes.
    public func allowance(forComputed computed: Double) -> Double {
        Swift.max(minimumMinutes, fraction * abs(computed))
    }

    /// Whether a stated length disagrees with the computed one.
    public func disagrees(stated: Double, computed: Double) -> Bool {
        abs(stated - computed) > allowance(forComputed: computed)
    }
}
