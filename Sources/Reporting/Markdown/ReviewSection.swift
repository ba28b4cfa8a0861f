import Foundation
import IncidentModel
import Metrics

/// The review's questions, first in the report: what changed since the previous period, the worst
/// incidents, and which vendors and components got worse.
enum ReviewSection {
    /// How many incidents the worst-incidents and got-worse lists show.
    static let listLength = 5

    /// The summary sentence and the three answers.
    static func render(_ report: Report) -> [String] {
        var lines = ["", "## Summary", "", summarySentence(report)]
        lines += comparison(report)
        lines += worstIncidents(report)
        lines += gotWorse(report)
        return lines
    }

    /// The sentence of counts: incidents by impact, and the maintenances kept apart.
    static func summarySentence(_ report: Report) -> String {
        let unplanned = report.unplanned
        let counts = PostmortemCoverage.impactOrder.compactMap { impact -> String? in
            let count = unplanned.filter { $0.incident.impact == impact }.count
            guard count > 0 else { return nil }
            switch impact {
            case .none: return "\(count) with no impact"
            case .unknown: return "\(count) of unknown impact"
            default: return "\(count) \(impact.rawValue)"
            }
        }
        var text = "**\(Words.count(unplanned.count, "incident"))**"
        if !counts.isEmpty { text += " (\(counts.joined(separator: ", ")))" }
        let maintenance = report.maintenances.count
        if maintenance > 0 {
            text += "; \(Words.count(maintenance, "maintenance")) \(maintenance == 1 ? "is" : "are") kept apart "
            text += "([Maintenance](#maintenance))"
        }
        text += "."
        if let ttr = report.summary(.ttr), let median = ttr.median {
            text +=
                " Half of them were resolved within \(Minutes.words(median)) (median time to resolve, n = \(ttr.n))."
        }
        return text
    }

    /// This period beside the previous one: counts, each clock's median, availability.
    static func comparison(_ report: Report) -> [String] {
        guard let previous = report.previous else { return [] }
        var lines = ["", "### Since the previous period (\(MarkdownText.inline(previous.period.label)))", ""]
        var table = MarkdownTable([
            ("Measure", .left), (MarkdownText.inline(previous.period.label), .right),
            (MarkdownText.inline(report.period.label), .right), ("Change", .left),
        ])
        table.append([
            "Incidents", "\(previous.incidents)", "\(report.unplanned.count)",
            countChange(previous.incidents, report.unplanned.count),
        ])
        for clock in Clock.allCases {
            let before = previous.summary(clock)
            let now = report.summary(clock)
            table.append([
                "Median " + clock.plainName, median(before), median(now), clockChange(before, now),
            ])
        }
        for vendor in report.vendors {
            let before = previous.availability.first { $0.vendor == vendor && $0.component == nil }
            let now = report.availability.first { $0.vendor == vendor && $0.component == nil }
            let observed = !previous.unobserved.contains(vendor)
            table.append([
                "Availability, \(MarkdownReport.vendorName(vendor)) (any component down)",
                observed
                    ? before.map { Words.availability($0.availability, weightedMinutes: $0.weightedMinutes) }
                        ?? "no incident" : "no data",
                now.map { Words.availability($0.availability, weightedMinutes: $0.weightedMinutes) } ?? "no incident",
                observed
                    ? availabilityChange(before?.weightedMinutes ?? 0, now?.weightedMinutes ?? 0)
                    : "not compared: no data before",
            ])
        }
        lines += table.lines
        lines += [
            "",
            "A change in a median counts only when the 95 % intervals of the two periods do not overlap; "
                + "otherwise it reads “no clear change”. Availability compares weighted downtime minutes.",
        ]
        if !previous.unobserved.isEmpty {
            let names = previous.unobserved.map { MarkdownReport.vendorName($0) }
            lines += [
                "",
                "The data of \(Words.list(names)) starts after \(MarkdownText.inline(previous.period.label)) began, "
                    + "so \(names.count == 1 ? "its" : "their") earlier time is unknown, not free of incidents: "
                    + "\(names.count == 1 ? "it is" : "they are") not compared, and the counts and medians of "
                    + "\(MarkdownText.inline(previous.period.label)) may miss \(names.count == 1 ? "its" : "their") incidents.",
            ]
        }
        return lines
    }

    static func median(_ summary: ClockSummary?) -> String {
        guard let summary, let median = summary.median else { return "—" }
        return "\(Minutes.words(median)) (n = \(summary.n))"
    }

    static func countChange(_ before: Int, _ now: Int) -> String {
        if before == now { return "same" }
        return now > before ? "\(now - before) more" : "\(before - now) fewer"
    }

    /// "longer" or "shorter" when the intervals of the medians do not overlap, else "no clear change".
    static func clockChange(_ before: ClockSummary?, _ now: ClockSummary?) -> String {
        guard let before, let now, let b = before.median, let n = now.median else { return "too few to compare" }
        guard let bLow = before.medianCILow, let bHigh = before.medianCIHigh, let nLow = now.medianCILow,
            let nHigh = now.medianCIHigh
        else { return "too few to compare" }
        if nLow > bHigh || bLow > nHigh { return n > b ? "**longer**" : "**shorter**" }
        return "no clear change"
    }

    static func availabilityChange(_ before: Double, _ now: Double) -> String {
        let delta = now - before
        if abs(delta) < 1 { return "same" }
        return delta > 0
            ? "**worse**: \(Minutes.words(delta)) more weighted downtime"
            : "better: \(Minutes.words(-delta)) less weighted downtime"
    }

    /// The incidents with the longest impact in the period.
    static func worstIncidents(_ report: Report) -> [String] {
        let anchors = Dictionary(
            zip(report.incidents.map { "\($0.incident.vendor)|\($0.incident.id)" }, report.anchors),
            uniquingKeysWith: { first, _ in first })
        let ranked = report.unplanned.compactMap { item -> (MeasuredIncident, Double)? in
            guard let window = item.impactWindow else { return nil }
            return (item, window.duration / 60)
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : MeasuredIncident.chronological($0.0, $1.0) }
        guard !ranked.isEmpty else { return [] }
        let lines = ["", "### The worst incidents, by impact time", ""]
        var table = MarkdownTable([
            ("Impact time", .right), ("Vendor", .left), ("Incident", .left), ("Impact", .left), ("Started", .left),
            ("Postmortem", .left),
        ])
        for (item, minutes) in ranked.prefix(listLength) {
            let title = MarkdownText.inline(item.incident.title.isEmpty ? item.incident.id : item.incident.title)
            let anchor = anchors["\(item.incident.vendor)|\(item.incident.id)"]
            let detailed = anchor != nil && IncidentSection.isDetailed(item, report.options.details)
            table.append([
                Minutes.words(minutes), MarkdownReport.vendorName(item.incident.vendor),
                detailed ? "[\(title)](#\(anchor ?? ""))" : title, item.incident.impact.rawValue,
                item.windowStart.map(UTCTime.display) ?? "—", item.hasPostmortem ? "yes" : "no",
            ])
        }
        return lines + table.lines
    }

    /// Components whose weighted downtime grew since the previous period, most first.
    static func gotWorse(_ report: Report) -> [String] {
        guard let previous = report.previous else { return [] }
        let before = Dictionary(
            previous.availability.map { ("\($0.vendor)|\($0.component ?? "")", $0.weightedMinutes) },
            uniquingKeysWith: { first, _ in first })
        var worse: [(row: ComponentAvailability, delta: Double)] = []
        for row in report.availability where row.component != nil {
            let delta = row.weightedMinutes - (before["\(row.vendor)|\(row.component ?? "")"] ?? 0)
            if delta >= 1 { worse.append((row, delta)) }
        }
        worse.sort { lhs, rhs in
            if lhs.delta != rhs.delta { return lhs.delta > rhs.delta }
            return (lhs.row.vendor, lhs.row.component ?? "") < (rhs.row.vendor, rhs.row.component ?? "")
        }
        var lines = ["", "### What got worse", ""]
        guard !worse.isEmpty else {
            return lines + [
                "No component has more weighted downtime than in \(MarkdownText.inline(previous.period.label))."
            ]
        }
        var table = MarkdownTable([
            ("Vendor", .left), ("Component", .left), ("More downtime", .right), ("Availability now", .right),
        ])
        for (row, delta) in worse.prefix(listLength) {
            table.append([
                MarkdownReport.vendorName(row.vendor), MarkdownText.inline(row.component ?? ""), Minutes.words(delta),
                Words.availability(row.availability, weightedMinutes: row.weightedMinutes),
            ])
        }
        lines += table.lines
        if worse.count > listLength {
            lines += ["", "\(worse.count - listLength) more in [`components.csv`](components.csv)."]
        }
        return lines
    }
}
