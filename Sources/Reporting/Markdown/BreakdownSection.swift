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
        for group in groups {
            let items = group.incidents
            let count = { (impact: Impact) in items.filter { $0.incident.impact == impact }.count }
            let other = items.count - count(.critical) - count(.major) - count(.minor)
            let ttr = items.compactMap { $0.metrics.clocks[.ttr] }.sorted()
            let impact =
                WeightedUnion(
                    items.compactMap { item in
                        item.impactWindow.flatMap { report.period.clip(start: $0.start, end: $0.end) }.map {
                            ($0.start, $0.end, 1.0)
                        }
                    },
                    period: DateInterval(start: .distantPast, end: .distantFuture)
                ).impactSeconds / 60
            table.append([
                MarkdownText.inline(group.key), "\(items.count)", "\(count(.critical))", "\(count(.major))",
                "\(count(.minor))", "\(other)", Minutes.words(Quantile.linear(ttr, 0.5)), Minutes.words(impact),
                "\(items.filter(\.hasPostmortem).count)",
            ])
        }
        lines += table.lines
        lines += [
            "",
            "Impact time is the union of the group's impact windows, overlaps counted once; an incident of several "
                + "components counts in each of its components.",
        ]
        return lines
    }
}
