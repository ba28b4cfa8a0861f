import Foundation
import IncidentModel
import Metrics

/// The monthly report as Markdown: headline, clocks with their uncertainty, incidents, charts,
/// postmortem coverage, and one section per incident.
public enum MarkdownReport {
    /// The file name the report is written to.
    public static let fileName = "report.md"

    /// The report's text.
    public static func render(_ report: Report) -> String {
        var lines: [String] = []
        lines += header(report)
        lines += headline(report)
        lines += clocks(report)
        lines += incidentsTable(report)
        lines += charts(report)
        lines += coverage(report)
        lines += DiagnosticLines.byCode(report)
        if !report.problems.isEmpty {
            lines += ["", "## Inputs that could not be read", ""]
            lines += report.problems.map { "- " + MarkdownText.inline($0) }
        }
        let anchors = report.anchors
        if !report.incidents.isEmpty {
            lines += ["", "<a id=\"incident-details\"></a>", "", "## Incident details"]
        }
        // Sections are independent of each other: rendered in parallel, joined in report order.
        let incidents = report.incidents
        let sections = Parallel.map(incidents.count) { index in
            IncidentSection.render(incidents[index], anchor: anchors[index])
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

    static func headline(_ report: Report) -> [String] {
        var lines = ["", "## Headline", ""]
        let total = report.incidents.count
        let byImpact = PostmortemCoverage.impactOrder.compactMap { impact -> String? in
            let count = report.incidents.filter { $0.incident.impact == impact }.count
            return count == 0 ? nil : "\(count) \(impact.rawValue)"
        }
        var sentence = "**\(total) incident\(total == 1 ? "" : "s")**"
        if !byImpact.isEmpty { sentence += " (\(byImpact.joined(separator: ", ")))" }
        sentence += "."
        if let ttr = report.summary(.ttr), let median = ttr.median {
            sentence += " Median time to resolve \(Minutes.words(median)) (n = \(ttr.n)"
            if let low = ttr.medianCILow, let high = ttr.medianCIHigh {
                sentence += ", 95% CI \(Minutes.words(low)) to \(Minutes.words(high))"
            }
            sentence += ")."
        }
        lines.append(sentence)
        let apart = report.measuresVendorsApart
        var columns: [(String, MarkdownTable.Alignment)] = [
            ("Vendor", .left), ("Incidents", .right), ("Critical", .right), ("Major", .right), ("Minor", .right),
            ("Other", .right), ("Impact time", .right), ("Availability", .right),
        ]
        if apart { columns.append(("Measured over", .left)) }
        var table = MarkdownTable(columns)
        for row in report.headline {
            let other = row.incidents - row.count(.critical) - row.count(.major) - row.count(.minor)
            var cells = [
                vendorName(row.vendor), "\(row.incidents)", "\(row.count(.critical))", "\(row.count(.major))",
                "\(row.count(.minor))", "\(other)", Minutes.words(row.impactMinutes),
                row.availability.map { Minutes.percent($0, decimals: 3) + " %" } ?? "—",
            ]
            if apart { cells.append(report.availabilitySpans.first { $0.vendor == row.vendor }?.label ?? "—") }
            table.append(cells)
        }
        lines += [""] + table.lines
        lines += ["", availabilityRule(report)]
        if !report.dataCoverage.isEmpty {
            lines += ["", "What the data covers:", ""]
            lines += report.dataCoverage.map { "- " + MarkdownText.inline($0) }
        }
        return lines
    }

    /// How impact time and availability are computed, and over which span.
    static func availabilityRule(_ report: Report) -> String {
        var text =
            "Impact time is the union of a vendor's impact windows inside the span measured, overlaps counted once. "
            + "Availability is 1 − weighted downtime ÷ span, a full outage weighing 1 and a partial one less "
            + "(per component in [`components.csv`](components.csv))."
        if report.measuresVendorsApart {
            text +=
                " This report has no period, so each vendor is measured over the whole UTC calendar months its own "
                + "incidents run in, from the month of its first impact start through the month of its last impact "
                + "end (column “Measured over”; `period_start` and `period_end` in `components.csv`). Time in those "
                + "months without an incident counts as available; time outside them is not measured, and vendors "
                + "measured over different months are not comparable. Give `--month` or `--from`/`--to` to measure "
                + "every vendor over the same period."
        } else {
            text += " Every vendor is measured over the report's period"
            if let span = report.measuredSpan, report.period.start == nil || report.period.end == nil {
                text +=
                    ", its open end closed by the incidents: \(UTCTime.display(span.start)) to \(UTCTime.display(span.end))"
            }
            text += "."
        }
        return text
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
        let maintenance = report.incidents.filter { $0.incident.isMaintenance || $0.incident.impact == .maintenance }
            .count
        if maintenance > 0 {
            lines += ["", "Maintenance is left out of the clocks (\(maintenance) in the period)."]
        }
        lines += ["", "How far these can be trusted:", ""]
        for clock in Clock.allCases {
            guard let summary = report.summary(clock) else { continue }
            var note = "- **\(clockName(clock))**, n = \(summary.n)."
            if !summary.sampleSizeNote.isEmpty {
                note +=
                    " "
                    + MarkdownText.sentence(
                        summary.sampleSizeNote.prefix(1).uppercased() + summary.sampleSizeNote.dropFirst())
            } else if let needed = summary.incidentsFor10PercentChange {
                note += " Telling a 10% change in the median from noise would take about \(needed) incidents."
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
        guard !report.incidents.isEmpty else { return lines + ["No incident overlaps the period."] }
        var table = MarkdownTable([
            ("#", .right), ("Impact start", .left), ("Vendor", .left), ("Incident", .left), ("Impact", .left),
            ("TTR", .right), ("Public duration", .right), ("Postmortem", .left), ("Diagnostics", .right),
        ])
        for (index, (item, anchor)) in zip(report.incidents, report.anchors).enumerated() {
            table.append([
                "\(index + 1)", item.windowStart.map(UTCTime.display) ?? "—", vendorName(item.incident.vendor),
                "[\(MarkdownText.inline(item.incident.title.isEmpty ? item.incident.id : item.incident.title))](#\(anchor))",
                item.incident.impact.rawValue, Minutes.words(item.metrics.clocks[.ttr]),
                Minutes.words(item.metrics.clocks[.publicDuration]), item.hasPostmortem ? "yes" : "no",
                "\(item.diagnostics.count)",
            ])
        }
        return lines + table.lines
    }

    static func charts(_ report: Report) -> [String] {
        var lines = ["", "## Impact windows", ""]
        let gantt = MermaidGantt.chart(report)
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
        lines += [
            "![Impact windows per component](\(SVGTimelineChart.fileName))", "",
            "## Time to resolve", "",
            "![Distribution of time to resolve, log scale](\(SVGDistributionChart.fileName))", "",
            "A log scale, because incident durations spread over orders of magnitude: a few long incidents would "
                + "otherwise squash the rest against the left edge.",
        ]
        return lines
    }

    static func coverage(_ report: Report) -> [String] {
        let coverage = report.coverage
        var lines = ["", "## Postmortem coverage", ""]
        guard coverage.incidents > 0 else { return lines + ["No incident, so no postmortem to expect."] }
        lines.append(
            "\(coverage.withPostmortem) of \(coverage.incidents) incidents "
                + "(\(Minutes.percent(Double(coverage.withPostmortem) / Double(coverage.incidents), decimals: 0)) %) "
                + "have a postmortem.")
        var table = MarkdownTable([("Impact", .left), ("Incidents", .right), ("With postmortem", .right)])
        for row in coverage.byImpact {
            table.append([row.impact.rawValue, "\(row.incidents)", "\(row.withPostmortem)"])
        }
        lines += [""] + table.lines + [""]
        if let median = coverage.lagMedian, let low = coverage.lagMin, let high = coverage.lagMax {
            var lag =
                "Lag from the end of impact to the postmortem, where both are known (n = \(coverage.lagsKnown)): "
                + "median \(Minutes.words(median))"
            if coverage.lagsKnown >= 5, let p90 = coverage.lagP90 { lag += ", p90 \(Minutes.words(p90))" }
            lag += ", range \(Minutes.words(low)) to \(Minutes.words(high))."
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
