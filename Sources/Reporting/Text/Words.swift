import Foundation

/// Plain words for counts and availability figures.
public enum Words {
    /// `1 incident`, `3 incidents`, `1,204 incidents`; `maintenance` becomes `maintenances`.
    public static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(MarkdownText.count(value)) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// `AWS`, `AWS and Kustomer`, `AWS, Kustomer and Tailspin`.
    public static func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// An availability for a reader, three decimals: `99.429 %`; a figure that would round to 100 % but
    /// has downtime shows as `> 99.999 %`, so only a clean figure reads 100 %.
    public static func availability(_ fraction: Double?, weightedMinutes: Double = 0) -> String {
        guard let fraction else { return "—" }
        let text = Minutes.percent(fraction, decimals: 3)
        if text == "100.000" && weightedMinutes > 0 { return "> 99.999 %" }
        return text + " %"
    }

    /// The sample-size note as one plain sentence: with n incidents, only a change of more than about
    /// X % in the median would stand out (from the incidents a 10 % change needs, `needed`).
    ///
    /// A two-sample test on log durations needs n ∝ 1 / ln(1 + change)², so with n incidents the
    /// smallest change that stands out is `1.1^√(needed / n) − 1`.
    public static func detectableChange(n: Int, neededFor10Percent needed: Int?) -> String? {
        guard let needed, n > 1 else { return nil }
        let change = pow(1.1, (Double(needed) / Double(n)).squareRoot()) - 1
        let percent = change >= 10 ? "more than tenfold" : "more than about \(roundedPercent(change * 100)) %"
        return "with \(count(n, "incident")), only a change of \(percent) in the median would stand out from chance"
    }

    /// A percentage rounded to two significant figures: 58, 140, 7.5.
    static func roundedPercent(_ value: Double) -> String {
        if value >= 100 { return String(Int((value / 10).rounded()) * 10) }
        if value >= 10 { return String(Int(value.rounded())) }
        return Minutes.fixed(value, decimals: 1)
    }
}
