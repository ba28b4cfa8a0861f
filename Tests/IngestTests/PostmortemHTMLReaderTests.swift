import Foundation
import IncidentModel
import Ingest
import TestSupport
import Testing

@Suite struct PostmortemHTMLReaderTests {
    static let html = """
        <!DOCTYPE html>
        <html><head>
          <meta name="id" content="INC-9">
          <meta name="impact_start" content="2025-02-01T10:00:00Z">
        </head><body>
        <h1>Cache stampede</h1>
        <h2>Timeline</h2>
        <ul>
          <li>10:00 UTC Misses spike <a href="https://example.com/graph">graph</a>
            <ul><li>nested detail</li></ul>
          </li>
        </ul>
        <h2>Action items</h2>
        <table>
          <tr><th>Action</th><th>Owner</th></tr>
          <tr><td>Add jitter</td><td>@li</td></tr>
        </table>
        </body></html>
        """

    @Test func metaTagsSectionsListsAndTablesAreRead() throws {
        let incident = try PostmortemDocumentReader().read(Data(Self.html.utf8), file: "pm.html")
        #expect(incident.sourceFormat == .htmlPostmortem)
        #expect(incident.id == "INC-9")
        #expect(incident.title == "Cache stampede")
        #expect(incident.markers["impact_start"]?.place.line == 4)
        let postmortem = try #require(incident.postmortem)
        #expect(postmortem.sections.map(\.heading) == ["Cache stampede", "Timeline", "Action items"])
        let timeline = postmortem.sections[1]
        #expect(timeline.lines.map(\.text) == ["10:00 UTC Misses spike graph", "nested detail"])
        #expect(timeline.lines[0].links == ["https://example.com/graph"])
        #expect(timeline.lines[0].place == SourcePlace(file: "pm.html", line: 9, column: 3))
        let actions = postmortem.sections[2]
        #expect(actions.tableHeader == ["Action", "Owner"])
        #expect(actions.lines.map(\.cells) == [["Add jitter", "@li"]])
        #expect(actions.lines[0].place.line == 16)
    }

    @Test func htmlWithoutHeadingsIsRefused() {
        let error = #expect(throws: ReadFailure.self) {
            try PostmortemDocumentReader().read(Data("<html><body><p>hi</p></body></html>".utf8), file: "x.html")
        }
        #expect(error?.reason.contains("no headings") == true)
    }

    @Test func acmeFixtureKeepsItsSectionsAndMarkers() throws {
        let url = FixturePaths.fixture("postmortems/2025-01-28-acme-storage-outage.html")
        let incident = try PostmortemDocumentReader().read(try Data(contentsOf: url), file: "acme.html")
        #expect(incident.id == "PM-2025-007")
        #expect(incident.markers["resolved"]?.text == "2025-01-28T20:31:00Z")
        let postmortem = try #require(incident.postmortem)
        let timeline = try #require(postmortem.sections.first { $0.heading == "Timeline" })
        #expect(timeline.tableHeader == ["Time (UTC)", "Event"])
        #expect(timeline.lines.filter { $0.kind == .tableRow }.count == 9)
        #expect(timeline.lines.first { $0.kind == .tableRow }?.cells.first == "18:05")
    }
}
