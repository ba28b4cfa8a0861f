import Foundation
import IncidentModel
import Ingest
import Testing

/// A feed item whose escaped HTML nests more than libxml2's 256 levels: its updates are not
/// dropped without a word.
@Suite struct DeepNestingTests {
    let reader = IncidentReader()

    private func feed(depth: Int) -> Data {
        let deep = String(repeating: "<span>", count: depth) + "deep" + String(repeating: "</span>", count: depth)
        let content =
            "<p><small>Jan <var data-var='date'>1</var>, <var data-var='time'>12:00</var> UTC</small>"
            + "<br><strong>Resolved</strong> - Fixed \(deep).</p>"
            + "<p><small>Jan <var data-var='date'>1</var>, <var data-var='time'>10:00</var> UTC</small>"
            + "<br><strong>Investigating</strong> - Looking.</p>"
        let escaped = content.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Acme Status - Incident History</title>
            <item><title>Deep</title><pubDate>Wed, 01 Jan 2025 12:00:05 +0000</pubDate>
            <link>https://status.acme.test/incidents/q1w2e3r4t5y6</link>
            <description>\(escaped)</description></item></channel></rss>
            """.utf8)
    }

    @Test(arguments: [10, 300, 5000, 9_990])
    func deepBodyKeepsEveryUpdate(depth: Int) throws {
        let incident = try #require(reader.read(feed(depth: depth), file: "deep.rss").incidents.first)
        #expect(incident.updates.map(\.label) == ["Investigating", "Resolved"])
        #expect(incident.updates.last?.body.contains("deep") == true)
    }

    @Test func tooDeepBodyIsNamedNotDroppedSilently() throws {
        let incident = try #require(reader.read(feed(depth: 100_000), file: "deep.rss").incidents.first)
        let warning = try #require(incident.diagnostics.first { $0.code == "ingest.too-deep" })
        #expect(warning.severity == .warning)
        #expect(warning.place.element == "item[1]/description")
        #expect(warning.message.contains("10000"))
        #expect(incident.updates.map(\.label) == ["Resolved"])
    }

    @Test func shallowBodyHasNoDepthWarning() throws {
        let incident = try #require(reader.read(feed(depth: 300), file: "deep.rss").incidents.first)
        #expect(!incident.diagnostics.contains { $0.code == "ingest.too-deep" })
    }
}
