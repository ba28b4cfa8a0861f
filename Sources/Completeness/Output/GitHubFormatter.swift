import IncidentModel
import Utilities

/// GitHub Actions workflow commands, one per finding: `::error file=F,line=L,col=C,title=T::message`.
///
/// Message data escapes `%`, `\r` and `\n`; property values also escape `:` and `,`, as the
/// Actions runner expects; other control characters (an escape that would colour the log) are
/// shown as ``ControlText`` writes them. Notes become `::notice`.
public struct GitHubFormatter: CheckFormatter {
    /// Creates a formatter.
    public init() {}

    /// One command per finding and per unreadable file.
    public func format(_ report: CheckReport) -> String {
        let rules = Dictionary(report.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = ""
        for file in report.files {
            if let failure = file.failure {
                out += "::error file=\(Self.property(file.file)),title=\(Self.property("cannot read file"))::"
                out += Self.data(failure) + "\n"
                continue
            }
            for finding in file.findings {
                let rule = rules[finding.code]
                var properties = ["file=" + Self.property(finding.place.file)]
                if let line = finding.place.line { properties.append("line=\(line)") }
                if let column = finding.place.column { properties.append("col=\(column)") }
                let title = rule.map { "\($0.id) \($0.name)" } ?? finding.code
                properties.append("title=" + Self.property(title))
                var message = finding.message
                if let hint = rule?.hint { message += "\n" + hint }
                out += "::\(Self.command(finding.severity)) \(properties.joined(separator: ","))::"
                out += Self.data(message) + "\n"
            }
        }
        return out
    }

    /// The workflow command for a severity.
    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// Escapes a command's message: `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`.
    static func data(_ text: String) -> String { escape(text, extra: false) }

    /// Escapes a property value: as `data`, plus `:` → `%3A` and `,` → `%2C`.
    static func property(_ text: String) -> String { escape(text, extra: true) }

    /// Escapes by Unicode scalar, so a `\r\n` pair (one `Character`) becomes `%0D%0A`.
    private static func escape(_ text: String, extra: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where extra: result += "%3A"
            case "," where extra: result += "%2C"
            case _ where ControlText.isControl(scalar): result += ControlText.escaped(String(scalar))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
