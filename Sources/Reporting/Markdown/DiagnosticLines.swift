import IncidentModel

/// Diagnostics as `report.md` shows them: a tally by code for the whole report, and per incident
/// one line per warning or error, with its notes folded into one line of codes.
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
                + "in the incident details, warnings and errors are listed one by one and the notes are counted "
                + "by code.")
        var table = MarkdownTable([("Code", .left), ("Severity", .left), ("Count", .right), ("Incidents", .right)])
        for tally in tallies {
            table.append([
                MarkdownText.code(tally.code), tally.severity.rawValue, MarkdownText.count(tally.count),
                MarkdownText.count(tally.incidents),
            ])
        }
        return lines + [""] + table.lines
    }

    /// The most warnings and errors an incident's section lists; the rest are counted.
    static let warningLimit = 4

    /// One incident's diagnostic lines: each warning and error on its own line, in stage order (the
    /// same finding at several places once, with the count), at most ``warningLimit`` of them, then
    /// every note folded into one last line of codes and counts (each is a row of `diagnostics.csv`).
    static func incident(_ diagnostics: [StagedDiagnostic]) -> [String] {
        var findings: [(staged: StagedDiagnostic, count: Int)] = []
        var noteCounts: [(code: String, count: Int)] = []
        for staged in diagnostics {
            let d = staged.diagnostic
            if d.severity == .note {
                if let index = noteCounts.firstIndex(where: { $0.code == d.code }) {
                    noteCounts[index].count += 1
                } else {
                    noteCounts.append((d.code, 1))
                }
            } else if let index = findings.firstIndex(where: {
                $0.staged.diagnostic.code == d.code && $0.staged.diagnostic.message == d.message
            }) {
                findings[index].count += 1
            } else {
                findings.append((staged, 1))
            }
        }
        var lines = findings.prefix(warningLimit).map { staged, count in
            let d = staged.diagnostic
            let times = count > 1 ? " ×\(count), the first" : ""
            return "- **\(d.severity.rawValue)** \(MarkdownText.code(d.code)) (\(staged.stage.rawValue))\(times) at "
                + "\(MarkdownText.code(d.place.description)): \(MarkdownText.sentence(d.message))" + readings(d)
        }
        let hidden = findings.dropFirst(warningLimit).reduce(0) { $0 + $1.count }
        if hidden > 0 {
            lines.append("- \(hidden) more warning\(hidden == 1 ? "" : "s") in [`diagnostics.csv`](diagnostics.csv)")
        }
        if !noteCounts.isEmpty {
            let codes = noteCounts.map { MarkdownText.code($0.code) + ($0.count > 1 ? " ×\($0.count)" : "") }
            let total = noteCounts.reduce(0) { $0 + $1.count }
            lines.append(
                "- \(total == 1 ? "1 note" : "\(total) notes"): \(codes.joined(separator: ", ")) "
                    + "(each in [`diagnostics.csv`](diagnostics.csv))")
        }
        return lines
    }

    static func readings(_ d: Diagnostic) -> String {
        d.readings.isEmpty
            ? "" : " Readings: " + d.readings.map { MarkdownText.inline($0) }.joined(separator: "; ") + "."
    }
}
