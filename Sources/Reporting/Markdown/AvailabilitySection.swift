import Foundation
import Metrics

/// Availability: its definition once, the per-component figures as the headline, the vendor
/// figures that say what they are, and one coverage line per vendor.
enum AvailabilitySection {
    static func render(_ report: Report) -> [String] {
        var lines = ["", "## Availability", "", definition(report), ""]
        let vendors = report.availability.filter { $0.component == nil }
        guard !vendors.isEmpty else {
            return lines + ["No incident with a known impact window, so nothing to measure."]
        }
        let apart = report.measuresVendorsApart
        var columns: [(String, MarkdownTable.Alignment)] = [
            ("Vendor", .left), ("Lowest component", .left), ("Its availability", .right),
            ("Components averaged", .right), ("Any component down", .right), ("Impact time", .right),
        ]
        if apart { columns.append(("Measured over", .left)) }
        var table = MarkdownTable(columns)
        for vendor in vendors {
            let components = report.availability.filter { $0.vendor == vendor.vendor && $0.component != nil }
            let lowest = components.min {
                ($0.availability, $0.component ?? "") < ($1.availability, $1.component ?? "")
            }
            let mean = components.isEmpty ? nil : components.map(\.availability).reduce(0, +) / Double(components.count)
            let meanDowntime = components.map(\.weightedMinutes).reduce(0, +)
            var cells = [
                MarkdownReport.vendorName(vendor.vendor), lowest.map { MarkdownText.inline($0.component ?? "") } ?? "—",
                lowest.map(figure) ?? "—", Words.availability(mean, weightedMinutes: meanDowntime), figure(vendor),
                Minutes.words(vendor.impactMinutes),
            ]
            if apart { cells.append(report.availabilitySpans.first { $0.vendor == vendor.vendor }?.label ?? "—") }
            table.append(cells)
        }
        lines += table.lines
        if report.availability.contains(where: { $0.openIncidents > 0 }) {
            lines += ["", "† an incident still open at the end of the span: counted as down until its end."]
        }
        lines += components(report)
        if !report.dataCoverage.isEmpty {
            lines += ["", "What each figure rests on:", ""]
            lines += report.dataCoverage.map { "- " + MarkdownText.inline($0) }
        }
        return lines
    }

    /// One availability figure, with † when an open incident runs to the end.
    static func figure(_ row: ComponentAvailability) -> String {
        Words.availability(row.availability, weightedMinutes: row.weightedMinutes) + (row.openIncidents > 0 ? " †" : "")
    }

    /// The components with downtime, lowest availability first.
    static func components(_ report: Report) -> [String] {
        let rows = report.availability.filter { $0.component != nil && $0.weightedMinutes > 0 }
            .sorted {
                ($0.availability, $0.vendor, $0.component ?? "") < ($1.availability, $1.vendor, $1.component ?? "")
            }
        guard !rows.isEmpty else { return [] }
        let limit = 15
        var lines = ["", "Components with downtime, lowest first:", ""]
        var table = MarkdownTable([
            ("Vendor", .left), ("Component", .left), ("Incidents", .right), ("Impact time", .right),
            ("Availability", .right),
        ])
        for row in rows.prefix(limit) {
            table.append([
                MarkdownReport.vendorName(row.vendor), MarkdownText.inline(row.component ?? ""), "\(row.incidents)",
                Minutes.words(row.impactMinutes), figure(row),
            ])
        }
        lines += table.lines
        if rows.count > limit {
            lines += ["", "\(rows.count - limit) more, and every component, in [`components.csv`](components.csv)."]
        }
        return lines
    }

    /// The definition, once: over which span, how downtime is weighted, what the vendor figures mean.
    static func definition(_ report: Report) -> String {
        var text = "**Availability** is 1 − weighted downtime ÷ the span measured. "
        if report.measuresVendorsApart {
            text +=
                "This report has no period, so each vendor is measured over the whole UTC months its own incidents "
                + "run in; vendors measured over different months are not comparable. "
        } else if let span = report.measuredSpan {
            text += "The span is the report's period, \(UTCTime.display(span.start)) to \(UTCTime.display(span.end)), "
            text += "for every vendor. "
        }
        text +=
            "Time in the span without a recorded incident counts as available: a source that keeps only recent "
            + "incidents can make a figure look better than it was. A full outage (critical or major) weighs 1, a "
            + "partial one (minor) 0.3, no impact 0, an unknown impact 1; maintenance never counts. An incident "
            + "still open at the end counts until the end at no less than 0.3, so it never leaves 100 %. "
            + "Per component is the headline: a component is down while any of its incidents is. For a vendor, "
            + "“components averaged” is the mean of its components with incidents, as Statuspage's uptime does, and "
            + "“any component down” counts the vendor down while any one component is, which is lower and not "
            + "what a vendor would call its availability."
        return text
    }
}
