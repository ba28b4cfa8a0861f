import Foundation
import IncidentModel
import Metrics

/// One incident's section of the Markdown report: facts, clocks with their sources, the reconciled
/// timeline beside the text as written, and what looked wrong.
enum IncidentSection {
    /// The longest text shown in a table cell before it is shortened (the CSV files keep it whole).
    static let cellLimit = 160

    /// Whether an incident gets a detail section at a detail level: with `notable`, incidents with a
    /// postmortem, a critical or major impact, or a warning or error.
    static func isDetailed(_ item: MeasuredIncident, _ level: ReportOptions.Details) -> Bool {
        switch level {
        case .all: true
        case .none: false
        case .notable:
            item.hasPostmortem || item.incident.impact == .critical || item.incident.impact == .major
                || item.diagnostics.contains { $0.diagnostic.severity != .note }
        }
    }

    static func render(_ item: MeasuredIncident, anchor: String) -> [String] {
        let incident = item.incident
        let title = MarkdownText.inline(incident.title.isEmpty ? incident.id : incident.title)
        var lines = [
            "", "<a id=\"\(anchor)\"></a>", "", "### \(MarkdownReport.vendorName(incident.vendor)): \(title)", "",
        ]
        var facts = [
            "id \(MarkdownText.code(incident.id))", "impact \(incident.impact.rawValue)",
            "read from \(MarkdownText.code(incident.place.file)) (\(incident.sourceFormat.rawValue))",
        ]
        if !incident.components.isEmpty {
            facts.append("components: " + incident.components.map(MarkdownText.inline).joined(separator: ", "))
        }
        if let zone = incident.pageZone { facts.append("page zone \(MarkdownText.code(zone))") }
        if let url = incident.url { facts.append(MarkdownText.safeLink("status page", to: url)) }
        lines.append(facts.joined(separator: " · ") + " · [back to the list](#incidents)")
        lines += clocks(item)
        lines += lifecycle(item)
        lines += timeline(item)
        lines += findings(item)
        return lines
    }

    /// The clocks on one line; the events they run between, with their sources, are in the table below.
    static func clocks(_ item: MeasuredIncident) -> [String] {
        let parts = Clock.allCases.map { clock in
            "\(MarkdownReport.clockName(clock)) \(Minutes.words(item.metrics.clocks[clock]))"
        }
        return ["", "Clocks: " + parts.joined(separator: " · ") + " (— when an end is unknown)."]
    }

    static func lifecycle(_ item: MeasuredIncident) -> [String] {
        let events = LifecycleEvent.Kind.allCases.compactMap { item.metrics.events[$0] }
        guard !events.isEmpty else { return ["", "No lifecycle event could be placed in time."] }
        var table = MarkdownTable([
            ("Event", .left), ("UTC", .left), ("Source", .left), ("Rule", .left), ("Text", .left),
        ])
        for event in events {
            table.append([
                event.kind.rawValue.replacingOccurrences(of: "_", with: " "), UTCTime.display(event.instant),
                MarkdownText.inline(event.source.description),
                MarkdownText.code(shorten(event.rule.description, limit: 70)),
                event.text.map { MarkdownText.inline(shorten($0, limit: 80)) } ?? "",
            ])
        }
        return ["", "#### Lifecycle events", ""] + table.lines
    }

    /// The most timeline rows a detail section shows; the rest are in `timeline.csv`.
    static let timelineLimit = 5

    static func timeline(_ item: MeasuredIncident) -> [String] {
        // The same time read from the same words twice (a body repeated in two updates) shows once here.
        var seen = Set<String>()
        let all = TimelineCSV.Row.rows(for: item).filter { row in
            let end = row.end?.instant.timeIntervalSince1970 ?? 0
            return seen.insert("\(row.time.instant.timeIntervalSince1970)|\(end)|\(row.time.written.text)|\(row.text)")
                .inserted
        }
        let rows = all.prefix(timelineLimit)
        guard !rows.isEmpty else { return ["", "#### Timeline", "", "No time in this incident could be read."] }
        var table = MarkdownTable([
            ("UTC", .left), ("As written", .left), ("Zone reading", .left), ("Source", .left), ("Text", .left),
        ])
        for row in rows {
            var when = UTCTime.display(row.time.instant)
            if let end = row.end { when += " to " + UTCTime.display(end.instant) }
            table.append([
                when, MarkdownText.code(row.time.written.text), zoneReading(row.time.zone),
                sourceCell(row), MarkdownText.inline(shorten(row.text, limit: 100)),
            ])
        }
        var lines = ["", "#### Timeline", ""] + table.lines
        if all.count > rows.count {
            lines += [
                "",
                "\(all.count - rows.count) more in [`timeline.csv`](timeline.csv) "
                    + "(`incident_id` \(MarkdownText.code(item.incident.id))).",
            ]
        }
        return lines
    }

    static func zoneReading(_ zone: ZoneReading) -> String {
        var text = zone.label.map { MarkdownText.code($0) + " → " } ?? ""
        text += "UTC\(zone.offsetText) (\(zone.basis.rawValue)"
        if let identifier = zone.identifier { text += ", \(MarkdownText.inline(identifier))" }
        return text + ")"
    }

    static func sourceCell(_ row: TimelineCSV.Row) -> String {
        var text = row.source.rawValue
        let place = row.time.written.place
        if let line = place.line {
            text += ", line \(line)"
        } else if let element = place.element {
            text += ", \(MarkdownText.code(element))"
        }
        if let section = row.section { text += ", under “\(MarkdownText.inline(section))”" }
        return text
    }

    static func findings(_ item: MeasuredIncident) -> [String] {
        var lines: [String] = []
        let broken = item.metrics.promises.filter(\.broken)
        if !item.metrics.promises.isEmpty {
            lines += [
                "", "#### Promised updates", "",
                "\(broken.count) of \(item.metrics.promises.count) promises of a next update were broken"
                    + (broken.isEmpty ? "." : "; the broken ones:"), "",
            ]
            var table = MarkdownTable([
                ("Made", .left), ("Promise", .left), ("Within", .right), ("Next update", .left), ("Kept", .left),
            ])
            for promise in item.metrics.promises where promise.broken {
                table.append([
                    UTCTime.display(promise.made), MarkdownText.inline(shorten(promise.text)),
                    Minutes.words(promise.withinMinutes), promise.nextUpdate.map(UTCTime.display) ?? "none",
                    promise.broken ? "**broken**" : "kept",
                ])
            }
            if !broken.isEmpty { lines += table.lines }
        }
        if !item.metrics.statedDurations.isEmpty {
            lines += ["", "#### Stated and computed durations", ""]
            var table = MarkdownTable([
                ("Stated", .left), ("Stated length", .right), ("Clock", .left), ("Computed", .right), ("Agree", .left),
            ])
            // The same phrase stated in several updates is one row with its count; the places
            // are in diagnostics.csv.
            var rows: [[String]] = []
            var counts: [[String]: Int] = [:]
            for stated in item.metrics.statedDurations {
                let row = [
                    MarkdownText.inline(shorten(stated.text)), Minutes.words(stated.statedMinutes),
                    stated.clock.map(MarkdownReport.clockName) ?? "—", Minutes.words(stated.computedMinutes),
                    stated.disagrees ? "**no**" : "yes",
                ]
                if counts[row] == nil { rows.append(row) }
                counts[row, default: 0] += 1
            }
            for row in rows {
                let count = counts[row] ?? 1
                table.append(count > 1 ? [row[0] + " (×\(count))"] + row.dropFirst() : row)
            }
            lines += table.lines
        }
        let diagnostics = item.diagnostics
        lines += ["", "#### Diagnostics", ""]
        guard !diagnostics.isEmpty else { return lines + ["None."] }
        return lines + DiagnosticLines.incident(diagnostics)
    }

    static func shorten(_ text: String, limit: Int = cellLimit) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
