import IncidentModel

/// Renders the list of diagnostic codes as Markdown from ``DiagnosticCode`` itself (the README's
/// list is this text).
public enum DiagnosticCodeDocumentation {
    /// A table of every code and its meaning, in declaration order (reading, chronology, metrics).
    public static func markdown() -> String {
        var lines = ["| Code | Meaning |", "|---|---|"]
        for code in DiagnosticCode.allCases {
            lines.append("| `\(code.rawValue)` | \(code.meaning) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
