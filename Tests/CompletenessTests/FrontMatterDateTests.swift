import Completeness
import Foundation
import IncidentModel
import Ingest
import Pipeline
import Testing

/// The front matter's `date` (or `incident_date`) dates the timeline's times written without one,
/// for `timeline` and `report` as for `check`; a timeline with no date anywhere is an error.
@Suite struct FrontMatterDateTests {
    static let body = """
        # Checkout errors

        ## Summary

        Checkout failed for 23 minutes.

        ## Timeline

        - 02:14 UTC checkout errors start
        - 02:16 UTC alert fires, on-call paged
        - 02:37 UTC error rate normal, resolved
        """

    /// The postmortem's timeline entries, read and reconciled as `postmortem timeline` reads them.
    static func timeline(_ text: String) -> [TimelineEntry] {
        let loaded = IncidentLoader().load(["-"], standardInput: { Data(text.utf8) })
        return loaded.incidents.flatMap(\.timeline).filter { $0.source == .postmortem }
    }

    static func iso(_ entries: [TimelineEntry]) -> [String] { entries.map { $0.time.instant.ISO8601Format() } }

    @Test func frontMatterDateDatesTheTimeline() {
        let entries = Self.timeline("---\ndate: 2025-01-10\n---\n\n" + Self.body)
        #expect(Self.iso(entries) == ["2025-01-10T02:14:00Z", "2025-01-10T02:16:00Z", "2025-01-10T02:37:00Z"])
    }

    @Test func withoutAnyDateTheTimelineHasNoInstants() {
        #expect(Self.timeline(Self.body).isEmpty)
    }

    @Test func incidentDateWinsOverDateAndATimeOfDayIsNotAnEntry() throws {
        let text = "---\ndate: 2025-02-05T09:00:00Z\nincident_date: 2025-01-10\n---\n\n" + Self.body
        #expect(Self.iso(Self.timeline(text)).first == "2025-01-10T02:14:00Z")
        let incident = try PostmortemDocumentReader().read(
            Data("---\ndate: 2025-02-05T09:00:00Z\n---\n\n\(Self.body)".utf8), file: "doc.md")
        let line = try #require(incident.postmortem?.preamble.first)
        #expect(line.text == "date: 2025-02-05")
        #expect(line.place.line == 2)
        #expect(Self.iso(Self.timeline("---\ndate: 2025-02-05T09:00:00Z\n---\n\n" + Self.body)).count == 3)
    }

    @Test func placeholderDateAddsNoLine() throws {
        let incident = try PostmortemDocumentReader().read(
            Data("---\ndate: \"<fill in: YYYY-MM-DD>\"\n---\n\n\(Self.body)".utf8), file: "doc.md")
        #expect(incident.postmortem?.preamble.isEmpty == true)
    }

    @Test func timelineWithoutDateIsFlagged() throws {
        let findings = try CheckSupport.findings(Self.body).filter { $0.code == "PM023" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.hasPrefix("the timeline has no date") == true)
        #expect(findings.first?.place.line == 9)
    }

    @Test(arguments: [
        "---\ndate: 2025-01-10\n---\n\n", "---\nincident_date: 2025-01-10\n---\n\n", "**Date:** 2025-01-10\n\n",
    ])
    func anyDateAboveTheTimesIsEnough(_ prefix: String) throws {
        #expect(try CheckSupport.findings(prefix + Self.body).filter { $0.code == "PM023" }.isEmpty)
    }
}
