import IncidentModel

/// Diagnostics as `report.md` shows them: a tally by code for the whole report, and per incident
/// one line per warning or error, with the notes of one code folded into one line.
///
/// A feed that never prints years gives one `year.inferred` note per stamp; listed one by one they
/// would bury the warnings. `diagnostics.csv` keeps every diagnostic, one row each.
enum DiagnosticLines {
    /// The report's "Diagnostics by code" section.
    static func byCode(_ report: Report) -> [String] {
        var lines = ["", "## Diagnostics by code", ""]
        let tallies = DiagnosticTally.tallies(report.incidents)
        guard !tallies.isEmpty else { return lines + ["No diagnostics."] }
        let total = tallies.reduce(0) { $0 + $1.count }
        let touched = report.incidents.filter { !$0.diagnostics.isEmpty }.count
        lines.append(
            "\(MarkdownText.count(total)) diagnostic\(total == 1 ? "" : "s") about \(touched) of "
                + "\(report.incidents.count) incidents, most frequent first. "
                + "[`diagnostics.csv`](diagnostics.csv) has every one, a row each, to filter by `code` or `severity`; "
                + "in the incident details, the notes of one code are folded into one line per incident, and "
                + "warnings and errors are listed one by one.")
        var table = MarkdownTable([("Code", .left), ("Severity", .left), ("Count", .right), ("Incidents", .right)])
        for tally in tallies {
            table.append([
                MarkdownText.code(tally.code), tally.severity.rawValue, MarkdownText.count(tally.count),
                MarkdownText.count(tally.incidents),
            ])
        }
        return lines + [""] + table.lines
    }

    /// One incident's diagnostic lines, in stage order; notes of a code that occurs more than once
    /// become one line, where the first of them was, with the count and the first place and message.
    static func incident(_ diagnostics: [StagedDiagnostic]) -> [String] {
        var noteCounts: [String: Int] = [:]
        for staged in diagnostics where staged.diagnostic.severity == .note {
            noteCounts[staged.diagnostic.code, default: 0] += 1
        }
        var folded = Set<String>()
        var lines: [String] = []
        for staged in diagnostics {
            let d = staged.diagnostic
            let count = d.severity == .note ? noteCounts[d.code] ?? 1 : 1
            if count > 1 {
                guard folded.insert(d.code).inserted else { continue }
                let stages = Set(
                    diagnostics.filter { $0.diagnostic.code == d.code && $0.diagnostic.severity == .note }
                        .map(\.stage))
                let stageText = StagedDiagnostic.Stage.allCases.filter(stages.contains).map(\.rawValue)
                    .joined(separator: ", ")
                lines.append(
                    "- **note** \(MarkdownText.code(d.code)) ×\(count) (\(stageText)), the first at "
                        + "\(MarkdownText.code(d.place.description)): \(MarkdownText.sentence(d.message))"
                        + readings(d))
            } else {
                lines.append(
                    "- **\(d.severity.rawValue)** \(MarkdownText.code(d.code)) (\(staged.stage.rawValue)) at "
                        + "\(MarkdownText.code(d.place.description)): \(MarkdownText.sentence(d.message))"
                        + readings(d))
            }
        }
        return lines
    }

    static func readings(_ d: Diagnostic) -> String {
        d.readings.isEmpty
            ? "" : " Readings: " + d.readings.map { MarkdownText.inline($0) }.joined(separator: "; ") + "."
    }
}
