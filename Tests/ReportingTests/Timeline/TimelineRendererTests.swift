import Chronology
import Foundation
import IncidentModel
import Reporting
import SwiftCSV
import Testing

/// The timeline renderer: table, CSV and JSON of reconciled incidents.
@Suite struct TimelineRendererTests {
    static func incident() -> Incident {
        let place = SourcePlace(file: "t.txt", line: 2)
        let updates = [
            StatusUpdate(
                status: .investigating, label: "Investigating", body: "Looking, with errors since 9:30 AM EST.",
                written: WrittenTime(text: "Jan 10, 2025, 04:37 PM UTC", place: place)),
            StatusUpdate(
                status: .resolved, label: "Resolved", body: "Fixed.",
                written: WrittenTime(text: "Jan 10, 2025, 06:30 PM UTC", place: SourcePlace(file: "t.txt", line: 5))),
        ]
        let incident = Incident(
            id: "abc", vendor: "Example", sourceFormat: .aggregatorText, place: place, title: "Slow queue",
            updates: updates)
        return Reconciler().reconcile(incident)
    }

    @Test func tableShowsInstantReadingAndSource() {
        let text = TimelineRenderer().render([Self.incident()], format: .table)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Example abc: Slow queue")
        #expect(lines[1].hasPrefix("UTC "))
        #expect(lines[2].hasPrefix("2025-01-10T14:30:00Z"))
        #expect(lines[2].contains("9:30 AM EST"))
        #expect(lines[2].contains("EST -05:00 literal"))
        #expect(lines[2].contains("update-body"))
        #expect(lines[3].contains("status-update"))
    }

    @Test func csvHasTheReportTimelineColumnsInTimeOrder() throws {
        let incidents = [Self.incident()]
        let text = TimelineRenderer().render(incidents, format: .csv)
        #expect(text.hasPrefix(TimelineCSV.table.headerLine))
        let csv = try CSV<Named>(string: text)
        #expect(csv.rows.count == 3)
        #expect(
            csv.rows.map { $0["instant"] ?? "" } == [
                "2025-01-10T14:30:00Z", "2025-01-10T16:37:00Z", "2025-01-10T18:30:00Z",
            ])
        #expect(csv.rows.map { $0["seq"] ?? "" } == ["1", "2", "3"])
        #expect(csv.rows.allSatisfy { $0["vendor"] == "Example" && $0["incident_id"] == "abc" })
        #expect(csv.rows[0]["zone_basis"] == "literal")
        #expect(csv.rows[1]["as_written"] == "Jan 10, 2025, 04:37 PM UTC")
    }

    @Test func jsonIsDeterministicAndDecodable() throws {
        let renderer = TimelineRenderer()
        let first = renderer.render([Self.incident()], format: .json)
        #expect(first == renderer.render([Self.incident()], format: .json))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: [[String: Any]]])
        let timeline = try #require(object["incidents"]?.first?["timeline"] as? [[String: Any]])
        #expect(timeline.count == 3)
        #expect(timeline.first?["source"] as? String == "update-body")
    }
}
