import Foundation
import IncidentModel

/// A Mermaid gantt chart of the incidents' impact windows, one section per vendor.
public enum MermaidGantt {
    /// The longest task name, in characters, before it is shortened with `…`.
    public static let maximumNameLength = 60

    /// The chart's source (without the Markdown fence), or `nil` when no incident has a window.
    public static func render(_ report: Report) -> String? {
        var sections: [(vendor: String, tasks: [String])] = []
        var taskNumber = 0
        var earliest: Date?
        var latest: Date?
        for vendor in report.vendors {
            var tasks: [String] = []
            for item in report.incidents where item.incident.vendor == vendor {
                guard let start = item.windowStart, let end = item.windowEnd,
                    let clipped = report.period.clip(start: start, end: end)
                else { continue }
                taskNumber += 1
                let shownEnd = max(clipped.end, clipped.start.addingTimeInterval(60))
                earliest = min(earliest ?? clipped.start, clipped.start)
                latest = max(latest ?? shownEnd, shownEnd)
                let tag = tag(for: item.incident)
                let data = [tag, "t\(taskNumber)", UTCTime.minute(clipped.start), UTCTime.minute(shownEnd)]
                    .compactMap { $0 }.joined(separator: ", ")
                tasks.append("    \(taskName(item.incident.title, fallback: item.incident.id)) :\(data)")
            }
            if !tasks.isEmpty { sections.append((vendor, tasks)) }
        }
        guard let earliest, let latest else { return nil }
        var lines = [
            "gantt",
            "    title \(escape("Impact windows, \(report.period.label) (UTC)", keepParentheses: true))",
            "    dateFormat YYYY-MM-DDTHH:mm",
            "    axisFormat \(axisFormat(span: latest.timeIntervalSince(earliest)))",
        ]
        for section in sections {
            lines.append("    section \(escape(section.vendor, keepParentheses: true))")
            lines += section.tasks
        }
        return lines.joined(separator: "\n")
    }

    /// The d3 time format for the axis: hours for a day or two, days for a month, months beyond.
    static func axisFormat(span: TimeInterval) -> String {
        if span <= 2 * 86_400 { return "%m-%d %H:%M" }
        if span <= 120 * 86_400 { return "%m-%d" }
        return "%Y-%m"
    }

    /// Mermaid's tag: `crit` for critical and major, `active` for minor, `done` for maintenance.
    static func tag(for incident: Incident) -> String? {
        if incident.isMaintenance { return "done" }
        switch incident.impact {
        case .critical, .major: return "crit"
        case .minor: return "active"
        case .maintenance: return "done"
        case .none, .unknown: return nil
        }
    }

    /// Words the gantt lexer reads as statements when a line starts with them.
    static let keywords = [
        "gantt", "dateformat", "axisformat", "tickinterval", "excludes", "includes", "inclusiveenddates",
        "todaymarker", "topaxis", "weekday", "weekend", "title", "section", "click", "call", "href", "acctitle",
        "accdescr", "displaymode",
    ]

    /// A task name that the gantt lexer reads as one name: shortened, entities for `#:;()"%`, and a
    /// prefix when it would start like a statement or a date.
    static func taskName(_ title: String, fallback: String) -> String {
        var name = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if name.isEmpty { name = fallback }
        if name.count > maximumNameLength { name = String(name.prefix(maximumNameLength - 1)) + "…" }
        let lowered = name.lowercased()
        let startsLikeDate = name.prefix(4).allSatisfy(\.isNumber) && name.dropFirst(4).first == "-"
        if keywords.contains(where: { lowered.hasPrefix($0) }) || startsLikeDate {
            name = "Incident – " + name
        }
        return escape(name)
    }

    /// Replaces the characters that end a name or start a comment with Mermaid entity codes; a
    /// title or section may keep its parentheses.
    static func escape(_ text: String, keepParentheses: Bool = false) -> String {
        var out = ""
        for character in text {
            switch character {
            case "(" where keepParentheses, ")" where keepParentheses: out.append(character)
            case "#": out += "#35;"
            case ":": out += "#58;"
            case ";": out += "#59;"
            case "(": out += "#40;"
            case ")": out += "#41;"
            case "\"": out += "#34;"
            case "%": out += "#37;"
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
