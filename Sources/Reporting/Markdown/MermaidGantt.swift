import Foundation
import IncidentModel

/// A Mermaid gantt chart of the incidents' impact windows, one section per vendor.
///
/// Only incidents with a real window (``MeasuredIncident/impactWindow``) are drawn. GitHub refuses a
/// diagram longer than Mermaid's default `maxTextSize` (50,000 characters), so when every window
/// would not fit in ``maximumCharacters`` the longest impacts are drawn first, up to the limit; each
/// vendor keeps its section and its bars stay in time order.
public enum MermaidGantt {
    /// The longest task name, in characters, before it is shortened with `…`.
    public static let maximumNameLength = 60
    /// The most characters (UTF-16 code units, as Mermaid counts) the chart's source may take.
    public static let maximumCharacters = 40_000

    /// A chart and what it leaves out.
    public struct Chart: Sendable, Hashable {
        /// The chart's source (without the Markdown fence), or `nil` when nothing is drawn.
        public var source: String?
        /// Incidents drawn.
        public var drawn: Int
        /// Incidents with a real window left out to keep the chart under the size limit.
        public var leftOutForSize: Int
        /// Incidents in the report without a real window (unknown or empty bounds), never drawn.
        public var withoutWindow: Int
    }

    /// The chart's source (without the Markdown fence), or `nil` when no incident has a window.
    public static func render(_ report: Report) -> String? { chart(report).source }

    /// The chart of a report, within `limit` characters.
    public static func chart(_ report: Report, limit: Int = maximumCharacters) -> Chart {
        struct Task {
            var order: Int
            var vendor: String
            var start: Date
            var end: Date
            var line: String
        }
        var tasks: [Task] = []
        var withoutWindow = 0
        for (order, item) in report.incidents.enumerated() where item.countsInClocks {
            guard let window = item.impactWindow,
                let clipped = report.period.clip(start: window.start, end: window.end), clipped.end > clipped.start
            else {
                withoutWindow += 1
                continue
            }
            let data = [
                tag(for: item.incident), "t\(order + 1)", UTCTime.minute(clipped.start), UTCTime.minute(clipped.end),
            ]
            .compactMap { $0 }.joined(separator: ", ")
            tasks.append(
                Task(
                    order: order, vendor: item.incident.vendor, start: clipped.start, end: clipped.end,
                    line: "    \(taskName(item.incident.title, fallback: item.incident.id)) :\(data)"))
        }
        // Longest impact first; the widest axis format is budgeted, since it depends on what is drawn.
        let longestFirst = tasks.sorted { lhs, rhs in
            let (l, r) = (lhs.end.timeIntervalSince(lhs.start), rhs.end.timeIntervalSince(rhs.start))
            return l != r ? l > r : lhs.order < rhs.order
        }
        var used = header(report, axis: "%m-%d %H:%M").utf16.count
        var chosen: [Task] = []
        var vendors = Set<String>()
        for task in longestFirst {
            var cost = task.line.utf16.count + 1
            if !vendors.contains(task.vendor) { cost += sectionLine(task.vendor).utf16.count + 1 }
            guard used + cost <= limit else { break }
            used += cost
            vendors.insert(task.vendor)
            chosen.append(task)
        }
        let result = Chart(
            source: nil, drawn: chosen.count, leftOutForSize: tasks.count - chosen.count, withoutWindow: withoutWindow)
        guard let earliest = chosen.map(\.start).min(), let latest = chosen.map(\.end).max() else { return result }
        var lines = [header(report, axis: axisFormat(span: latest.timeIntervalSince(earliest)))]
        for vendor in vendors.sorted() {
            lines.append(sectionLine(vendor))
            lines += chosen.filter { $0.vendor == vendor }.sorted { $0.order < $1.order }.map(\.line)
        }
        var chart = result
        chart.source = lines.joined(separator: "\n")
        return chart
    }

    /// The chart's first lines, up to the axis format.
    static func header(_ report: Report, axis: String) -> String {
        [
            "gantt",
            "    title \(escape("Impact windows, \(report.period.label) (UTC)", keepParentheses: true))",
            "    dateFormat YYYY-MM-DDTHH:mm",
            "    axisFormat \(axis)",
        ].joined(separator: "\n")
    }

    /// A vendor's section line.
    static func sectionLine(_ vendor: String) -> String {
        "    section \(escape(vendor.isEmpty ? "(vendor unknown)" : vendor, keepParentheses: true))"
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

    /// Replaces the characters that end a name, start a comment, open HTML or close the fence with
    /// Mermaid entity codes; a title or section may keep its parentheses.
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
            // Mermaid renders labels as HTML, and a backtick run could close the Markdown fence.
            case "<": out += "#60;"
            case ">": out += "#62;"
            case "&": out += "#38;"
            case "`": out += "#96;"
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
