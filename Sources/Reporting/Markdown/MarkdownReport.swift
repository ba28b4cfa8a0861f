import Foundation
import IncidentModel
import Metrics
import Utilities

/// The monthly report as Markdown: the review's questions first (what changed, the worst incidents,
/// what got worse, postmortem coverage), then availability, the breakdown, the clocks with their
/// uncertainty, the incidents, maintenance apart, charts, diagnostics by kind, and a detail section
/// per incident that matters (`--details`).
public enum MarkdownReport {
    /// The file name the report is written to.
    public static let fileName = "report.md"

    /// The report's text.
    public static func render(_ report: Report) -> String {
        var lines: [String] = []
        lines += header(report)
        lines += ReviewSection.render(report)
        lines += coverage(report)
        lines += AvailabilitySection.render(report)
        lines += BreakdownSection.render(report)
        lines += clocks(report)
        lines += incidentsTable(report)
        lines += MaintenanceSection.render(report)
        lines += charts(report)
        lines += DiagnosticLines.byCode(report)
        if !report.problems.isEmpty {
            lines += ["", "## Inputs that could not be read", ""]
            lines += report.problems.map { "- " + MarkdownText.inline($0) }
        }
        let level = report.options.details
        let chosen = zip(report.incidents, report.anchors).filter { IncidentSection.isDetailed($0.0, level) }
        if !chosen.isEmpty {
            lines += ["", "<a id=\"incident-details\"></a>", "", "## Incident details", ""]
            lines.append(
                level == .all
                    ? "Every incident, in time order."
                    : "The incidents that matter, in time order: those with a postmortem, a critical or major impact, "
                        + "or a warning (`--details all` gives every incident). The others are in the tables and "
                        + "the CSV files.")
        }
        // Sections are independent of each other: rendered in parallel, joined in report order.
        let sections = Parallel.map(chosen.count) { index in
            IncidentSection.render(chosen[index].0, anchor: chosen[index].1)
        }
        for section in sections { lines += section }
        return lines.joined(separator: "\n") + "\n"
    }

    static func header(_ report: Report) -> [String] {
        var lines = ["# Incident report: \(MarkdownText.inline(report.period.label))", ""]
        var scope: String
        switch (report.period.start, report.period.end) {
        case let (start?, end?): scope = "From \(UTCTime.display(start)) to \(UTCTime.display(end)) (end excluded)."
        case let (start?, nil): scope = "From \(UTCTime.display(start)) on."
        case let (nil, end?): scope = "Until \(UTCTime.display(end)) (excluded)."
        case (nil, nil): scope = "Every incident read, whatever its date."
        }
        scope += " An incident counts when its impact window overlaps the period. All times are UTC."
        lines.append(scope)
        let vendors = report.vendors.isEmpty ? "none" : report.vendors.map(vendorName).joined(separator: ", ")
        lines += ["", "Vendors: \(vendors)."]
        if let generated = report.generated { lines += ["", "Generated \(UTCTime.iso(generated))."] }
        let files = CSVTables.documentation.map { MarkdownText.link("`\($0.fileName)`", to: $0.fileName) }
        lines += ["", "Data for analysts beside this report: \(files.joined(separator: ", "))."]
        return lines
    }

    static func clocks(_ report: Report) -> [String] {
        var lines = ["", "## Clocks", ""]
        var table = MarkdownTable([
            ("Clock", .left), ("Definition", .left), ("n", .right), ("Median", .right), ("p90", .right),
            ("95% CI of the median", .right),
        ])
        for clock in Clock.allCases {
            let summary = report.summary(clock)
            let ci: String
            if let low = summary?.medianCILow, let high = summary?.medianCIHigh {
                ci = "\(Minutes.words(low)) to \(Minutes.words(high))"
            } else {
                ci = "—"
            }
            table.append([
                clockName(clock), MarkdownText.inline(clock.definition), "\(summary?.n ?? 0)",
                Minutes.words(summary?.median),
                Minutes.words(summary?.p90), ci,
            ])
        }
        lines += table.lines
        let maintenance = report.maintenances.count
        if maintenance > 0 {
            lines += [
                "", "Maintenance is left out of the clocks (\(Words.count(maintenance, "maintenance")) in the period).",
            ]
        }
        lines += ["", "How far these can be trusted:", ""]
        for clock in Clock.allCases {
            guard let summary = report.summary(clock), summary.n > 0 else { continue }
            var note = "- **\(clockName(clock))**: "
            if let plain = Words.detectableChange(n: summary.n, neededFor10Percent: summary.incidentsFor10PercentChange)
            {
                note += plain + "."
            } else {
                note += "\(Words.count(summary.n, "incident")), too few to tell a change from chance."
            }
            lines.append(note)
        }
        lines += [
            "",
            MarkdownText.inline(report.statisticsMethod)
                + " No mean is shown: incident durations are skewed, and one long incident moves a mean more than "
                + "all the others together.",
        ]
        return lines
    }

    static func incidentsTable(_ report: Report) -> [String] {
        let lines = ["", "<a id=\"incidents\"></a>", "", "## Incidents", ""]
        guard !report.unplanned.isEmpty else { return lines + ["No incident overlaps the period."] }
        var table = MarkdownTable([
            ("#", .right), ("Impact start", .left), ("Vendor", .left), ("Incident", .left), ("Impact", .left),
            ("TTR", .right), ("Public duration", .right), ("Postmortem", .left), ("Diagnostics", .right),
        ])
        let level = report.options.details
        let listed = zip(report.incidents, report.anchors).filter { $0.0.countsInClocks }
        for (index, (item, anchor)) in listed.enumerated() {
            let title = MarkdownText.inline(item.incident.title.isEmpty ? item.incident.id : item.incident.title)
            table.append([
                "\(index + 1)", item.windowStart.map(UTCTime.display) ?? "—", vendorName(item.incident.vendor),
                IncidentSection.isDetailed(item, level) ? "[\(title)](#\(anchor))" : title,
                item.incident.impact.rawValue, Minutes.words(item.metrics.clocks[.ttr]),
                Minutes.words(item.metrics.clocks[.publicDuration]), item.hasPostmortem ? "yes" : "no",
                "\(item.diagnostics.count)",
            ])
        }
        return lines + table.lines
    }

    static func charts(_ report: Report) -> [String] {
        var lines = ["", "## Impact windows", ""]
        let timelines = SVGTimelineChart.charts(report)
        // A report too large for one chart gets one per vendor, and no gantt: a year of many vendors
        // would be a gantt nobody could read.
        let gantt =
            timelines.count > 1
            ? MermaidGantt.Chart(source: nil, drawn: 0, leftOutForSize: 0, withoutWindow: 0)
            : MermaidGantt.chart(report)
        if let source = gantt.source {
            lines += ["```mermaid", source, "```", ""]
        }
        var notes: [String] = []
        if gantt.leftOutForSize > 0 {
            let total = gantt.drawn + gantt.leftOutForSize
            notes.append(
                "The chart draws the \(gantt.drawn) longest impacts of the \(total) incidents with a known impact window "
                    + "(\(gantt.leftOutForSize) left out), so that it stays under "
                    + "\(MarkdownText.count(MermaidGantt.maximumCharacters)) "
                    + "characters: GitHub does not render a Mermaid diagram longer than 50,000. The chart "
                    + "[`\(SVGTimelineChart.fileName)`](\(SVGTimelineChart.fileName)) below draws every impact window, and "
                    + "[`incidents.csv`](incidents.csv) lists every incident.")
        }
        if gantt.withoutWindow > 0 {
            notes.append(
                "\(gantt.withoutWindow) incident\(gantt.withoutWindow == 1 ? " has" : "s have") no known impact window "
                    + "(start or end unknown, or both at one instant) and \(gantt.withoutWindow == 1 ? "is" : "are") "
                    + "not drawn; the incidents table lists \(gantt.withoutWindow == 1 ? "it" : "them").")
        }
        if !notes.isEmpty { lines += [notes.joined(separator: " "), ""] }
        if timelines.count > 1 {
            lines += ["One chart per vendor, so that each stays readable on a page.", ""]
        }
        for chart in timelines {
            let who = timelines.count > 1 ? ", " + MarkdownText.inline(chart.vendors.joined(separator: ", ")) : ""
            lines += ["![Impact windows per component\(who)](\(chart.name))", ""]
        }
        lines += [
            "## Time to resolve", "",
            "![Distribution of time to resolve, log scale](\(SVGDistributionChart.fileName))", "",
            "A log scale, because incident durations spread over orders of magnitude: a few long incidents would "
                + "otherwise squash the rest against the left edge.",
        ]
        return lines
    }

    static func coverage(_ report: Report) -> [String] {
        let coverage = report.coverage
        var lines = ["", "### Postmortem coverage and lag", ""]
        guard coverage.incidents > 0 else { return lines + ["No incident, so no postmortem to expect."] }
        lines.append(
            "\(coverage.withPostmortem) of \(Words.count(coverage.incidents, "incident")) "
                + "(\(Minutes.percent(Double(coverage.withPostmortem) / Double(coverage.incidents), decimals: 0)) %) "
                + "\(coverage.withPostmortem == 1 ? "has" : "have") a postmortem.")
        var table = MarkdownTable([("Impact", .left), ("Incidents", .right), ("With postmortem", .right)])
        for row in coverage.byImpact {
            table.append([row.impact.rawValue, "\(row.incidents)", "\(row.withPostmortem)"])
        }
        lines += [""] + table.lines + [""]
        if let median = coverage.lagMedian, let low = coverage.lagMin, let high = coverage.lagMax {
            var lag =
                "Postmortems came \(Minutes.words(median)) after the end of impact (median"
                + (coverage.lagsKnown == 1 ? " of 1 postmortem with a posting time" : " of \(coverage.lagsKnown)")
            if coverage.lagsKnown >= 5, let p90 = coverage.lagP90 { lag += ", p90 \(Minutes.words(p90))" }
            lag += coverage.lagsKnown > 1 ? ", range \(Minutes.words(low)) to \(Minutes.words(high)))." : ")."
            lines.append(lag)
        } else {
            lines.append("No postmortem states when it was posted, so the lag is unknown.")
        }
        return lines
    }

    /// A vendor's name for a reader; a source that named none shows as `(vendor unknown)`.
    static func vendorName(_ vendor: String) -> String {
        vendor.isEmpty ? "(vendor unknown)" : MarkdownText.inline(vendor)
    }

    /// The clock's short name in tables.
    static func clockName(_ clock: Clock) -> String {
        switch clock {
        case .ttd: "TTD"
        case .ttfu: "TTFU"
        case .ttr: "TTR"
        case .publicDuration: "Public duration"
        }
    }
}
