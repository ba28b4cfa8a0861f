import Foundation
import IncidentModel
import Ingest
import Testing

@Suite struct PostmortemDocumentReaderTests {
    static let document = """
        ---
        id: INC-42
        title: Queue backlog
        vendor: Example Corp
        components: [Queue, API]
        severity: SEV2
        timezone: UTC
        impact_start: 2025-03-04 10:00
        resolved: 2025-03-04 11:15
        ---
        Intro line before any heading.

        # Queue backlog on 4 March

        ## Timeline (all times UTC)

        - 10:00 — *Queue depth* starts
          climbing
        - 10:05 — alert fires, see [dashboard](https://example.com/d)
          - nested note

        ## Action items

        | Action | Owner | Ticket | Status |
        |---|---|---|---|
        | Add an alert | @dana | [OPS-1](https://example.com/OPS-1) | open |

        - [x] Ticked task
        - [ ] Open task
        """

    func read(_ text: String = document, file: String = "pm.md") throws -> Incident {
        try PostmortemDocumentReader().read(Data(text.utf8), file: file)
    }

    @Test func frontMatterKeysKeepTheirLines() throws {
        let incident = try read()
        let postmortem = try #require(incident.postmortem)
        #expect(postmortem.frontMatter.map(\.key).prefix(3) == ["id", "title", "vendor"])
        #expect(postmortem.frontMatter[0].place.line == 2)
        #expect(postmortem.frontMatter[3].value == "Queue, API")
        #expect(postmortem.frontMatter[7].place.line == 9)
    }

    @Test func incidentComesFromFrontMatter() throws {
        let incident = try read()
        #expect(incident.id == "INC-42")
        #expect(incident.title == "Queue backlog")
        #expect(incident.vendor == "Example Corp")
        #expect(incident.components == ["Queue", "API"])
        #expect(incident.impact == .major)
        #expect(incident.sourceFormat == .markdownPostmortem)
        #expect(incident.markers["impact_start"]?.text == "2025-03-04 10:00")
        #expect(incident.markers["impact_start"]?.place.line == 8)
        #expect(incident.markers["resolved"]?.context.declaredZone == "UTC")
        #expect(incident.declaredStart?.text == "2025-03-04 10:00")
    }

    @Test func sectionsAndLinesCarryPlacesAfterTheFrontMatter() throws {
        let postmortem = try #require(try read().postmortem)
        #expect(postmortem.preamble.map(\.text) == ["Intro line before any heading."])
        #expect(postmortem.preamble[0].place.line == 11)
        #expect(
            postmortem.sections.map(\.heading) == [
                "Queue backlog on 4 March", "Timeline (all times UTC)", "Action items",
            ])
        #expect(postmortem.sections.map(\.level) == [1, 2, 2])
        let timeline = postmortem.sections[1]
        #expect(timeline.place.line == 15)
        #expect(
            timeline.lines.map(\.text) == [
                "10:00 — Queue depth starts climbing", "10:05 — alert fires, see dashboard", "nested note",
            ])
        #expect(timeline.lines[0].kind == .listItem)
        #expect(timeline.lines[0].place == SourcePlace(file: "pm.md", line: 17, column: 3))
        #expect(timeline.lines[1].links == ["https://example.com/d"])
        #expect(timeline.lines[2].place.line == 20)
    }

    @Test func tablesAndTaskListsAreRead() throws {
        let section = try #require(try read().postmortem?.sections.last)
        #expect(section.tableHeader == ["Action", "Owner", "Ticket", "Status"])
        let row = section.lines[0]
        #expect(row.kind == .tableRow)
        #expect(row.cells == ["Add an alert", "@dana", "OPS-1", "open"])
        #expect(row.links == ["https://example.com/OPS-1"])
        #expect(row.place.line == 26)
        #expect(section.lines[1].checked == true)
        #expect(section.lines[1].text == "Ticked task")
        #expect(section.lines[2].checked == false)
    }

    @Test func titleFallsBackToTheFirstHeadingAndIdToTheFileName() throws {
        let incident = try read("Preface\n\n## Notes\n\n# Real title\n", file: "docs/2025-01-02-db.md")
        #expect(incident.title == "Real title")
        #expect(incident.id == "2025-01-02-db")
        #expect(incident.markers.isEmpty)
    }

    @Test func badFrontMatterNamesTheLine() {
        #expect(throws: ReadFailure.self) { try read("---\ntitle: x\n") }
        let error = #expect(throws: ReadFailure.self) {
            try read("---\ntitle: x\nowner: [a, b\n---\n# T\n")
        }
        #expect(error?.file == "pm.md")
        #expect((error?.place.line ?? 0) >= 3)
        #expect(error?.reason.contains("YAML") == true)
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: ReadFailure.self) {
            try PostmortemDocumentReader().read(Data([0xFF, 0xFE, 0x00, 0xC3]), file: "x.md")
        }
    }
}
