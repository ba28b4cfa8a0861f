import Foundation
import Metrics

/// An SVG chart of the distribution of time to resolve on a log scale: the empirical cumulative
/// distribution with one dot per incident, and the median and p90 marked.
public enum SVGDistributionChart {
    /// The file name the report links.
    public static let fileName = "ttr-distribution.svg"

    static let width = 960.0
    static let height = 440.0
    static let left = 70.0
    static let right = 930.0
    static let top = 90.0
    static let bottom = 360.0

    /// The chart for a report.
    public static func render(_ report: Report) -> String {
        let values = report.incidents.filter(\.countsInClocks).compactMap { item in
            item.metrics.clocks[.ttr].map { (minutes: $0, id: item.incident.id, vendor: item.incident.vendor) }
        }.sorted { $0.minutes != $1.minutes ? $0.minutes < $1.minutes : ($0.vendor, $0.id) < ($1.vendor, $1.id) }
        var canvas = SVGCanvas(width: width, height: height)
        let title = "Time to resolve, \(report.period.label): distribution on a log scale (n = \(values.count))"
        canvas.text(title, x: 16, y: 26, size: 16, weight: "bold")
        canvas.text(
            Clock.ttr.definition.prefix(1).uppercased() + Clock.ttr.definition.dropFirst()
                + ". Each dot is one incident (maintenance left out); the line is the share resolved within a time.",
            x: 16, y: 44, size: 11, fill: "#555")
        guard !values.isEmpty else {
            canvas.text(
                "No incident in this period has a time to resolve.", x: width / 2, y: (top + bottom) / 2, size: 13,
                anchor: "middle")
            return canvas.render(title: title, description: "No incident in the period has a time to resolve.")
        }
        let scale = LogScale(covering: values.map(\.minutes))
        func x(_ minutes: Double) -> Double { left + (right - left) * scale.fraction(minutes) }
        func y(_ share: Double) -> Double { bottom - (bottom - top) * share }
        for tick in scale.ticks() {
            canvas.line(x1: x(tick.minutes), y1: top, x2: x(tick.minutes), y2: bottom, stroke: "#e3e3e3")
            canvas.text(tick.label, x: x(tick.minutes), y: bottom + 18, size: 11, anchor: "middle", fill: "#444")
        }
        for share in [0.0, 0.25, 0.5, 0.75, 1.0] {
            canvas.line(x1: left, y1: y(share), x2: right, y2: y(share), stroke: share == 0 ? "#999" : "#eeeeee")
            canvas.text(
                "\(Int(share * 100)) %", x: left - 8, y: y(share) + 4, size: 11, anchor: "end", fill: "#444")
        }
        canvas.text(
            "time to resolve (log scale)", x: (left + right) / 2, y: bottom + 40, size: 12, anchor: "middle",
            fill: "#333")
        canvas.text("share of incidents resolved within", x: 16, y: top - 16, size: 12, fill: "#333")
        var points: [(Double, Double)] = [(x(values[0].minutes), y(0))]
        for (index, value) in values.enumerated() {
            let px = x(value.minutes)
            points.append((px, y(Double(index) / Double(values.count))))
            points.append((px, y(Double(index + 1) / Double(values.count))))
        }
        points.append((right, y(1)))
        canvas.path(points, stroke: "#2c3e50")
        for (index, value) in values.enumerated() {
            canvas.circle(
                cx: x(value.minutes), cy: y(Double(index + 1) / Double(values.count)), r: 3.5, fill: "#2980b9",
                tooltip: "\(value.vendor) \(value.id): \(Minutes.words(value.minutes))")
        }
        let summary = report.summary(.ttr)
        let sorted = values.map(\.minutes)
        let median = summary?.median ?? Statistics.quantile(sorted: sorted, 0.5)
        let p90 = summary?.p90 ?? Statistics.quantile(sorted: sorted, 0.9)
        // The labels sit above the 100 % line, where the curve never goes: the median's to the left of
        // its line, the p90's to the right, so they never cross each other either.
        for (name, value, before) in [("median", median, true), ("p90", p90, false)] {
            guard let value else { continue }
            canvas.line(x1: x(value), y1: top, x2: x(value), y2: bottom, stroke: "#8e44ad", width: 1.2, dash: "5 4")
            let toLeft = before ? x(value) - 150 > left : x(value) + 150 > right
            canvas.text(
                "\(name) \(Minutes.words(value))", x: x(value) + (toLeft ? -4 : 4), y: top - 4, size: 11,
                anchor: toLeft ? "end" : "start", fill: "#8e44ad", halo: true)
        }
        let clipped = values.filter { $0.minutes <= scale.low }.count
        if clipped > 0 {
            canvas.text(
                "\(clipped) incident\(clipped == 1 ? "" : "s") at or under \(Minutes.words(scale.low)) drawn at the left edge.",
                x: right, y: height - 12, size: 11, anchor: "end", fill: "#555")
        }
        let description =
            "Empirical cumulative distribution of time to resolve for \(values.count) incidents, log scale from "
            + "\(Minutes.words(scale.low)) to \(Minutes.words(scale.high)); median \(Minutes.words(median))."
        return canvas.render(title: title, description: description)
    }
}
