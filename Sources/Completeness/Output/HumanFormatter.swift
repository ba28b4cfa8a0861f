import IncidentModel
import Utilities

/// `file:line:column: severity: message [PM002 section.impact]` with a hint line, and a summary.
///
/// Unreadable files are only counted here; the command names them on standard error. Control
/// characters in places and messages are escaped (``ControlText``), so a file name cannot forge a line.
public struct HumanFormatter: CheckFormatter {
    /// Whether to colour severities with ANSI escapes (only for a terminal).
    public var colour: Bool

    /// Creates a formatter.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The findings file by file, then one summary line.
    public func format(_ report: CheckReport) -> String {
        let rules = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = ""
        for file in report.files {
            for finding in file.findings {
                let rule = rules[finding.code]
                let label = rule.map { "\($0.id) \($0.name)" } ?? finding.code
                let place = ControlText.escaped("\(finding.place)")
                let message = ControlText.escaped(finding.message)
                out += "\(place): \(paint(finding.severity.rawValue, finding.severity)): \(message)"
                out += " " + dim("[\(label)]") + "\n"
                if let hint = rule?.hint { out += "  " + dim("hint: \(hint)") + "\n" }
            }
        }
        out += summary(report) + "\n"
        return out
    }

    private func summary(_ report: CheckReport) -> String {
        let files = report.files.count
        let clean = report.files.filter { $0.findings.isEmpty && $0.failure == nil }.count
        var parts = [
            plural(report.count(.error), "error"), plural(report.count(.warning), "warning"),
            plural(report.count(.note), "note"),
        ]
        if !report.failures.isEmpty { parts.append("\(report.failures.count) unreadable") }
        return "\(plural(files, "file")) checked, \(clean) clean: " + parts.joined(separator: ", ")
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private func paint(_ text: String, _ severity: Severity) -> String {
        guard colour else { return text }
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;33"
            case .note: "1;36"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
