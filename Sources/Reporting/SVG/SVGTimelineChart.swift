import Foundation
import Metrics

/// An SVG chart of each component's impact windows across the period, one row per component,
/// grouped by vendor, bars shaded by weight.
///
/// Made to be read on paper: a bar is at least ``minimumBar`` wide, a short bar has its incident's
/// length written beside it, long names are shortened in the middle so both ends stay, and every
/// vendor of the report has a row, with a word when it has no window to draw.
public enum SVGTimelineChart {
    /// The file name the report links.
    public static let fileName = "impact-windows.svg"

    static let width = 960.0
    static let labelWidth = 250.0
    static let valueWidth = 90.0
    static let rowHeight = 22.0
    static let top = 56.0
    static let fullColor = "#c0392b"
    static let partialColor = "#e67e22"
    /// The narrowest bar drawn, in pixels.
    static let minimumBar = 4.0
    /// Bars narrower than this get their length written beside them.
    static let labelledBelow = 40.0

    /// The most rows one chart has before the report gets one chart per vendor instead (about a
    /// printed page at this width).
    static let rowCap = 40

    /// The charts a report gets: one, `impact-windows.svg`, while its rows fit under ``rowCap``;
    /// else one per vendor, `impact-windows-<vendor>.svg`.
    public static func charts(_ report: Report) -> [(name: String, vendors: [String])] {
        let components = Dictionary(grouping: report.impactWindows, by: \.vendor).mapValues {
            Set($0.map(\.component)).count
        }
        let rows = report.vendors.reduce(0) { $0 + 1 + (components[$1] ?? 0) }
        guard rows > rowCap, report.vendors.count > 1 else { return [(fileName, report.vendors)] }
        let names = Anchor.unique(report.vendors.map { (vendor: "impact-windows", id: $0) })
        return zip(report.vendors, names).map { vendor, name in
            (String(name.dropFirst("incident-".count)) + ".svg", [vendor])
        }
    }

    /// The chart for a report, of every vendor.
    public static func render(_ report: Report) -> String { render(report, vendors: report.vendors) }

    /// The chart of some of the report's vendors.
    public static func render(_ report: Report, vendors: [String]) -> String {
        let plotLeft = labelWidth
        let plotRight = width - valueWidth
        let span = report.measuredSpan
        let groups = Dictionary(grouping: report.impactWindows) { $0.vendor }
        var rows: [(vendor: String, component: String?)] = []
        for vendor in vendors {
            let components = Set((groups[vendor] ?? []).map(\.component)).sorted()
            rows.append((vendor, nil))
            rows += components.map { (vendor, $0) }
        }
        let plotHeight = max(Double(rows.count), 1) * rowHeight
        let height = top + plotHeight + 64
        var canvas = SVGCanvas(width: width, height: height)
        let who = vendors.count == 1 && report.vendors.count > 1 ? "\(vendors[0]): " : ""
        let title = "\(who)Impact windows per component, \(report.period.label) (UTC)"
        canvas.text(title, x: 16, y: 26, size: 16, weight: "bold")
        canvas.text(
            "Each bar is one incident's impact on a component; darker is a full outage, lighter a partial one.",
            x: 16, y: 44, size: 11, fill: "#555")
        guard let span, span.end > span.start, !rows.isEmpty else {
            canvas.text("No impact windows in this period.", x: width / 2, y: top + 16, size: 13, anchor: "middle")
            return canvas.render(title: title, description: "No incident in the period has an impact window.")
        }
        let total = span.end.timeIntervalSince(span.start)
        func x(_ date: Date) -> Double {
            plotLeft + (plotRight - plotLeft) * min(max(date.timeIntervalSince(span.start) / total, 0), 1)
        }
        for tick in TimeAxis(start: span.start, end: span.end).ticks {
            let tx = x(tick.instant)
            canvas.line(x1: tx, y1: top, x2: tx, y2: top + plotHeight, stroke: "#e3e3e3")
            canvas.text(tick.label, x: tx, y: top + plotHeight + 16, size: 10, anchor: "middle", fill: "#555")
        }
        canvas.text("availability", x: width - 12, y: top - 6, size: 10, anchor: "end", fill: "#555")
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            if index % 2 == 1 {
                canvas.rect(
                    x: 0, y: y, width: width, height: rowHeight, fill: "#000000", extra: [("fill-opacity", "0.03")])
            }
            let label =
                row.component.map { "  " + shorten($0) }
                ?? shorten(row.vendor.isEmpty ? "(vendor unknown)" : row.vendor)
            canvas.text(
                label, x: 12, y: y + 15, size: 12, weight: row.component == nil ? "bold" : nil,
                fill: row.component == nil ? "#111" : "#333")
            let availability = report.availability.first { $0.vendor == row.vendor && $0.component == row.component }
            if let availability {
                canvas.text(
                    Words.availability(availability.availability, weightedMinutes: availability.weightedMinutes)
                        + (availability.openIncidents > 0 ? " †" : ""), x: width - 12, y: y + 15, size: 11,
                    anchor: "end", fill: "#333")
            } else if row.component == nil {
                canvas.text(
                    "no impact window to draw (see the incidents table)", x: plotLeft + 8, y: y + 15, size: 11,
                    fill: "#777")
            }
            let windows = (groups[row.vendor] ?? []).filter { row.component == nil || $0.component == row.component }
            for window in windows {
                guard let clipped = report.period.clip(start: window.start, end: window.end) else { continue }
                let x0 = x(clipped.start)
                let barWidth = max(x(clipped.end) - x0, minimumBar)
                let minutes = window.end.timeIntervalSince(window.start) / 60
                let tooltip =
                    "\(window.vendor) · \(window.component) · \(window.incidentID): \(UTCTime.display(window.start)) to "
                    + "\(UTCTime.display(window.end)) (\(Minutes.words(minutes)), weight \(Minutes.fixed(window.weight, decimals: 2)))"
                canvas.rect(
                    x: x0, y: y + 4, width: barWidth, height: rowHeight - 8,
                    fill: window.weight >= 1 ? fullColor : partialColor,
                    extra: [("fill-opacity", row.component == nil ? "0.55" : "0.9")], tooltip: tooltip)
                if row.component != nil, barWidth < labelledBelow {
                    let after = x0 + barWidth + 3
                    let fits = after + 60 < plotRight
                    canvas.text(
                        Minutes.words(minutes), x: fits ? after : x0 - 3, y: y + 14, size: 9,
                        anchor: fits ? "start" : "end", fill: "#333", halo: true)
                }
            }
        }
        canvas.line(x1: plotLeft, y1: top + plotHeight, x2: plotRight, y2: top + plotHeight, stroke: "#999")
        let legendY = top + plotHeight + 40
        canvas.rect(x: plotLeft, y: legendY - 9, width: 14, height: 10, fill: fullColor)
        canvas.text("full outage (weight 1)", x: plotLeft + 20, y: legendY, size: 11, fill: "#333")
        canvas.rect(x: plotLeft + 170, y: legendY - 9, width: 14, height: 10, fill: partialColor)
        canvas.text("partial (weight < 1)", x: plotLeft + 190, y: legendY, size: 11, fill: "#333")
        canvas.text(
            "\(UTCTime.display(span.start)) to \(UTCTime.display(span.end))", x: plotRight, y: legendY, size: 11,
            anchor: "end", fill: "#555")
        let description =
            "\(report.impactWindows.count) impact windows across \(rows.filter { $0.component != nil }.count) "
            + "components of \(Set(rows.map(\.vendor)).count) vendors."
        return canvas.render(title: title, description: description)
    }

    /// A name cut to fit the label column (34 characters), the middle left out so that both the
    /// start and the distinguishing end stay: `Amazon Simple Queue…(N. Virginia)`.
    static func shorten(_ text: String, limit: Int = 34) -> String {
        guard text.count > limit else { return text }
        let tail = limit / 3
        return String(text.prefix(limit - tail - 1)) + "…" + String(text.suffix(tail))
    }
}
