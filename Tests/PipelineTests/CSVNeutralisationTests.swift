import Foundation
import Reporting
import SwiftCSV
import Testing

/// Free-text CSV fields are defused for spreadsheets (OWASP's leading `'`), values never are, and
/// `--raw-csv` writes every field as read.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct CSVNeutralisationTests {
    /// A Statuspage incident whose title, component and update body are formulas.
    static let export = """
        {"page": {"id": "p1", "name": "@SUM(1+1)*cmd|' /C calc'!A0", "url": "https://status.example", "time_zone": "Etc/UTC"},
         "incident": {"id": "=1+2", "name": "=HYPERLINK(\\"http://evil.example\\",\\"open\\")", "status": "resolved",
          "impact": "minor", "created_at": "2025-03-04T10:05:00Z", "resolved_at": "2025-03-04T11:00:00Z",
          "started_at": "2025-03-04T10:00:00Z", "shortlink": "https://stspg.io/x",
          "incident_updates": [
            {"id": "u2", "status": "resolved", "body": "-2+3 fixed\\nsecond line", "created_at": "2025-03-04T11:00:00Z",
             "display_at": "2025-03-04T11:00:00Z", "affected_components": [{"code": "c1", "name": "+Queue\\u001b[31m"}]},
            {"id": "u1", "status": "investigating", "body": "@here looking", "created_at": "2025-03-04T10:05:00Z",
             "display_at": "2025-03-04T10:05:00Z"}
          ]}}
        """

    static func run(_ arguments: [String]) throws -> (incidents: [[String: String]], updates: [[String: String]]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pm-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("incident.json")
        try Data(export.utf8).write(to: file)
        let out = folder.appendingPathComponent("report")
        let outcome = try PostmortemProcess.run(["report", file.path, "--out", out.path] + arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        func rows(_ name: String) throws -> [[String: String]] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let csv = try CSV<Enumerated>(string: text, delimiter: .comma)
            return csv.rows.map { Dictionary(uniqueKeysWithValues: zip(csv.header, $0)) }
        }
        return (try rows("incidents.csv"), try rows("updates.csv"))
    }

    @Test func textFieldsGetALeadingApostropheAndValuesStayAsTheyAre() throws {
        let (incidents, updates) = try Self.run([])
        let incident = try #require(incidents.first)
        #expect(incident["incident_id"] == "'=1+2")
        #expect(incident["title"] == "'=HYPERLINK(\"http://evil.example\",\"open\")")
        #expect(incident["vendor"] == "'@SUM(1+1)*cmd|' /C calc'!A0")
        #expect(incident["components"] == "'+Queue\\u{1B}[31m")
        #expect(incident["ttr_min"] == "60.0")
        #expect(incident["impact_start"] == "2025-03-04T10:00:00Z")
        let bodies = updates.map { $0["body"] ?? "" }
        #expect(bodies == ["'@here looking", "'-2+3 fixed\nsecond line"])
        #expect(updates.allSatisfy { $0["utc_offset"] == "+00:00" })
    }

    @Test func rawCSVWritesEveryFieldAsRead() throws {
        let (incidents, updates) = try Self.run(["--raw-csv"])
        let incident = try #require(incidents.first)
        #expect(incident["incident_id"] == "=1+2")
        #expect(incident["title"] == "=HYPERLINK(\"http://evil.example\",\"open\")")
        #expect(incident["components"] == "+Queue\u{1B}[31m")
        #expect(updates.map { $0["body"] ?? "" } == ["@here looking", "-2+3 fixed\nsecond line"])
    }

    @Test(arguments: [CSVFieldKind.text, .paragraphs])
    func eachLeadingCharacterOWASPNamesIsDefused(_ kind: CSVFieldKind) {
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            let written = CSVStyle.neutralised.field(lead + "x", kind: kind)
            #expect(written.hasPrefix("'"), "\(kind): \(lead.debugDescription) not defused")
        }
        #expect(CSVStyle.neutralised.field("plain = text", kind: kind) == "plain = text")
        #expect(CSVStyle.neutralised.field("", kind: kind) == "")
    }

    @Test func valuesAndRawFieldsAreNeverTouched() {
        for value in ["-5.0", "+05:30", "-07:00", "2025-03-04T10:00:00Z", "@x", "=1"] {
            for kind in CSVFieldKind.allCases where !kind.isSourceText {
                #expect(CSVStyle.neutralised.field(value, kind: kind) == value)
            }
            #expect(CSVStyle.raw.field(value, kind: .text) == value)
        }
    }

    @Test func lineBreaksAreEscapedInOneLineTextAndKeptInParagraphs() {
        #expect(CSVStyle.neutralised.field("a\nb\r\nc\u{1B}", kind: .text) == "a\\nb\\r\\nc\\u{1B}")
        #expect(CSVStyle.neutralised.field("a\nb\r\nc\u{1B}", kind: .paragraphs) == "a\nb\r\nc\\u{1B}")
    }
}
