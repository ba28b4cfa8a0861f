import Foundation
import IncidentModel
import Metrics

/// The breakdown table (`--group-by`): incidents, impact levels, median time to resolve, impact time
/// and postmortems per group.
enum BreakdownSection {
    static func render(_ report: Report) -> [String] {
        let key = report.options.groupBy
        let groups = IncidentGroup.groups(report.unplanned, by: key)
        var lines = ["", "## By \(MarkdownText.inline(key))", ""]
        guard !groups.isEmpty else { return lines + ["No incident in the period."] }
        var table = MarkdownTable([
            (MarkdownText.inline(key.prefix(1).uppercased() + key.dropFirst()), .left), ("Incidents", .right),
            ("Critical", .right), ("Major", .right), ("Minor", .right), ("Other", .right),
            ("Median time to resolve", .right), ("Impact time", .right), ("With postmortem", .right),
        ])
        var anyOpen = false
        for group in groups {
            let items = group.incidents
            let count = { (impact: Impact) in items.filter { $0.incident.impact == impact }.count }
            let other = items.count - count(.critical) - count(.major) - count(.minor)
            let ttr = items.compactMap { $0.metrics.clocks[.ttr] }.sorted()
            let windows = items.compactMap { window(of: $0, in: report.period) }
            anyOpen = anyOpen || windows.contains(where: \.open)
            let impact =
                WeightedUnion(
                    windows.map { ($0.start, $0.end, 1.0) },
                    period: DateInterval(start: .distantPast, end: .distantFuture)
                ).impactSeconds / 60
            table.append([
                MarkdownText.inline(group.key), "\(items.count)", "\(count(.critical))", "\(count(.major))",
                "\(count(.minor))", "\(other)", Minutes.words(Statistics.quantile(sorted: ttr, 0.5)),
                Minutes.words(impact) + (windows.contains(where: \.open) ? " †" : ""),
                "\(items.filter(\.hasPostmortem).count)",
            ])
        }
        lines += table.lines
        lines += [
            "",
            "Impact time is the union of the group's impact windows, overlaps counted once; an incident of several "
                + "components counts in each of its components.",
        ]
        if anyOpen {
            lines += ["", "† an incident still open at the end of the period: counted as down until the period's end."]
        }
        return lines
    }

    /// An incident's impact window inside the period; one still open (no restore time and no public
    /// resolution) runs to the period's end, as availability counts it.
    static func window(of item: MeasuredIncident, in period: ReportPeriod) -> (start: Date, end: Date, open: Bool)? {
        if let window = item.impactWindow {
            return period.clip(start: window.start, end: window.end).map { ($0.start, $0.end, false) }
        }
        guard item.instant(.resolved) == nil, item.instant(.publicResolved) == nil,
            let start = item.instant(.impactStart) ?? item.instant(.firstUpdate), let end = period.end, start < end
        else { return nil }
        return period.clip(start: start, end: end).map { ($0.start, $0.end, true) }
    }
}
