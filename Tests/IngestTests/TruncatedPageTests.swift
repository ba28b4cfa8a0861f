import Foundation
import IncidentModel
import Ingest
import Testing

/// A Statuspage incident page cut short is read as far as it goes, with an `ingest.truncated`
/// warning at the last line; a whole page gets none.
@Suite struct TruncatedPageTests {
    let reader = IncidentReader()

    private let page = """
        <!DOCTYPE html><html><head><title>Acme Status - Login errors</title>
        <meta property="og:url" content="https://status.acme.test/incidents/z9y8x7w6v5u4"></head><body>
        <div class="color-primary incident-name impact-minor">Login errors</div>
        <div class="incident-updates-container">
        <div class="row update-row"><div class="update-title">Resolved</div><div class="update-container">
          <div class="update-body"><span>All good.</span></div>
          <div class="update-timestamp">Posted <span class="ago" data-datetime-unix="1899990000000"></span>Mar <var data-var="date">17</var>, <var data-var="year">2030</var> - <var data-var="time">14:59</var> UTC</div></div></div>
        <div class="row update-row"><div class="update-title">Investigating</div><div class="update-container">
          <div class="update-body"><span>Looking into it.</span></div>
          <div class="update-timestamp">Posted <span class="ago" data-datetime-unix="1899980000000"></span>Mar <var data-var="date">17</var>, <var data-var="year">2030</var> - <var data-var="time">12:13</var> UTC</div></div></div>
        </div></body></HTML>
        """

    @Test func wholePageHasNoTruncationWarning() throws {
        let incident = try #require(reader.read(Data(page.utf8), file: "whole.html").incidents.first)
        #expect(incident.updates.count == 2)
        #expect(!incident.diagnostics.contains { $0.code == "ingest.truncated" })
    }

    @Test func pageCutInsideAnUpdateRowKeepsWhatWasReadAndWarns() throws {
        let cut = String(page[..<page.range(of: "Looking into")!.upperBound])
        let incident = try #require(reader.read(Data(cut.utf8), file: "cut.html").incidents.first)
        #expect(incident.updates.map(\.label) == ["Investigating", "Resolved"])
        #expect(incident.updates.first?.body == "Looking into")
        let warning = try #require(incident.diagnostics.first { $0.code == "ingest.truncated" })
        #expect(warning.severity == .warning)
        #expect(warning.place.file == "cut.html")
        #expect(warning.place.line == 9)
        #expect(warning.message.contains("2 update row(s)"))
    }

    @Test func pageCutAfterTheLastRowStillWarns() throws {
        let cut = String(page[..<page.range(of: "</div></body>")!.lowerBound])
        let incident = try #require(reader.read(Data(cut.utf8), file: "cut2.html").incidents.first)
        #expect(incident.updates.count == 2)
        #expect(incident.diagnostics.first { $0.code == "ingest.truncated" }?.place.line == 10)
    }
}
