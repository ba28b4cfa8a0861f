/// Order statistics for small figures the report computes itself (postmortem lag).
public enum Quantile {
    /// The `p` quantile (0…1) of sorted values by linear interpolation between closest ranks
    /// (Hyndman & Fan type 7, numpy's default); `nil` for no values.
    public static func linear(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = Double(sorted.count - 1) * min(max(p, 0), 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
