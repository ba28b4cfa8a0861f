/// Formats durations in minutes: one decimal for files, words for people.
public enum Minutes {
    /// One decimal, rounded half away from zero, never `-0.0`; empty for an unknown value.
    public static func decimal(_ minutes: Double?) -> String {
        guard let minutes, minutes.isFinite else { return "" }
        let tenths = Int((minutes * 10).rounded(.toNearestOrAwayFromZero))
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// A duration for a reader: `45 min`, `2 h 05 min`, `3 d 4 h`; `—` when unknown.
    public static func words(_ minutes: Double?) -> String {
        guard let minutes, minutes.isFinite else { return "—" }
        if minutes < 0 { return "−" + words(-minutes) }
        if minutes < 10 {
            let text = decimal(minutes)
            return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + " min"
        }
        let whole = Int(minutes.rounded(.toNearestOrAwayFromZero))
        if whole < 60 { return "\(whole) min" }
        if whole < 24 * 60 {
            let m = whole % 60
            return "\(whole / 60) h \(m < 10 ? "0" : "")\(m) min"
        }
        let hours = Int((minutes / 60).rounded(.toNearestOrAwayFromZero))
        return "\(hours / 24) d \(hours % 24) h"
    }

    /// A fraction as a percentage with a fixed number of decimals: `99.9512 %` has four.
    public static func percent(_ fraction: Double, decimals: Int) -> String {
        fixed(fraction * 100, decimals: decimals)
    }

    /// A number with a fixed number of decimals, rounded half away from zero, never negative zero.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        guard decimals > 0 else { return "\(sign)\(magnitude)" }
        let fraction = String(magnitude % scale)
        return "\(sign)\(magnitude / scale)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
