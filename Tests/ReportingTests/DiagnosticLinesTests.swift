import Foundation
import IncidentModel
import Testing

@testable import Reporting

@Suite struct DiagnosticLinesTests {
    typealias S = SampleReport

    /// Twelve `year.inferred` notes, one `clock.unknown` note and two `zone.assumed` warnings.
    static var noisy: MeasuredIncident {
        let warnings = (1...2).map {
            Diagnostic(
                code: "zone.assumed", severity: .warning, place: SourcePlace(file: "Fixtures/x.rss", line: 100 + $0),
                message: "no zone written; UTC assumed")
        }
        let notes = (1...12).map { S.note("year.inferred", line: $0, "no year written; 2025 from the entry's date") }
        return S.simple(
            "noisy", vendor: "GitHub", start: S.at(2, 10, 0), end: S.at(2, 11, 0),
            diagnostics: notes + [warnings[0], S.note("clock.unknown", line: 50)] + [warnings[1]])
    }

    @Test func notesAreCountedByCodeOnOneLineAndAWarningIsListedOnceWithItsCount() {
        let lines = DiagnosticLines.incident(Self.noisy.diagnostics)
        #expect(lines.count == 2)
        #expect(
            lines[0]
                == "- **warning** `zone.assumed` (reading) ×2, the first at `Fixtures/x.rss:101`: no zone written; "
                + "UTC assumed.")
        #expect(
            lines[1]
                == "- 13 notes: `year.inferred` ×12, `clock.unknown` (each in [`diagnostics.csv`](diagnostics.csv))")
    }

    @Test func warningsPastTheLimitAreCounted() {
        let many = (1...7).map { (number: Int) in
            StagedDiagnostic(
                stage: .chronology,
                diagnostic: Diagnostic(
                    code: "order.next-day", severity: .warning, place: SourcePlace(file: "x.md", line: number),
                    message: "line \(number) moved to the next day"))
        }
        let lines = DiagnosticLines.incident(many)
        #expect(lines.count == DiagnosticLines.warningLimit + 1)
        #expect(lines.last == "- 3 more warnings in [`diagnostics.csv`](diagnostics.csv)")
    }

    @Test func theReportTalliesCodesMostFrequentFirstAndTheCSVKeepsEveryRow() throws {
        let other = S.simple(
            "other", vendor: "Kustomer", start: S.at(5, 10, 0), end: S.at(5, 12, 0),
            diagnostics: [S.note("year.inferred", line: 7)])
        let report = Report(
            period: try .month("2025-01"), vendors: ["GitHub", "Kustomer"], incidents: [Self.noisy, other], clocks: [],
            availability: [], impactWindows: [])
        let tallies = DiagnosticTally.tallies(report.incidents)
        #expect(
            tallies == [
                DiagnosticTally(code: "year.inferred", severity: .note, count: 13, incidents: 2),
                DiagnosticTally(code: "zone.assumed", severity: .warning, count: 2, incidents: 1),
                DiagnosticTally(code: "clock.unknown", severity: .note, count: 1, incidents: 1),
            ])
        let text = MarkdownReport.render(report)
        #expect(text.contains("\n## Diagnostics by code\n"))
        #expect(text.contains("16 diagnostics about 2 of 2 incidents"))
        #expect(text.contains("| `year.inferred` | note | 13 | 2 |\n| `zone.assumed` | warning | 2 | 1 |"))
        // The table row, and the notes line of each incident (both major, so both detailed).
        #expect(text.components(separatedBy: "`year.inferred`").count - 1 == 3)
        let csv = DiagnosticsCSV.table.render(report.incidents.flatMap(DiagnosticsCSV.Row.rows))
        #expect(csv.components(separatedBy: "\r\n").filter { $0.contains(",year.inferred,") }.count == 13)
        let json = try JSONReport.render(report)
        #expect(json.contains("\"diagnosticsByCode\""))
    }

    @Test func aReportWithoutDiagnosticsSaysSo() throws {
        let report = Report(
            period: try .month("2025-01"), vendors: ["GitHub"],
            incidents: [S.simple("quiet", vendor: "GitHub", start: S.at(2, 10, 0), end: S.at(2, 11, 0))], clocks: [],
            availability: [], impactWindows: [])
        #expect(MarkdownReport.render(report).contains("## Diagnostics by code\n\nNo diagnostics."))
    }
}
