import Foundation
import IncidentModel
import Ingest
import Testing

/// Machine date fields with years as written: `0000` stays the year 0 (refused as out of range,
/// never widened to 2000), and fields outside 1583–9999 give no instant.
@Suite struct MachineDateRangeTests {
    let reader = IncidentReader()

    private func feed(pubDate: String) -> Data {
        let content =
            "<p><small>Jan <var data-var='date'>1</var>, <var data-var='time'>10:00</var> UTC</small>"
            + "<br><strong>Resolved</strong> - Fixed.</p>"
        let escaped = content.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Acme Status - Incident History</title>
            <item><title>Cache trouble</title><pubDate>\(pubDate)</pubDate>
            <link>https://status.acme.test/incidents/q1w2e3r4t5y6</link>
            <description>\(escaped)</description></item></channel></rss>
            """.utf8)
    }

    @Test func fourDigitYearZeroIsNotWidenedTo2000() throws {
        let result = reader.read(feed(pubDate: "Sat, 01 Jan 0000 10:00:05 +0000"), file: "zero.rss")
        let incident = try #require(result.incidents.first)
        #expect(incident.updates.first?.written.context.anchor == nil)
        let refused = try #require(incident.diagnostics.first { $0.code == "date.out-of-range" })
        #expect(refused.severity == .warning)
        #expect(refused.message.contains("\"Sat, 01 Jan 0000 10:00:05 +0000\""))
    }

    @Test func twoDigitYearsAreStillWidened() throws {
        let result = reader.read(feed(pubDate: "Sat, 01 Jan 00 10:00:05 +0000"), file: "two.rss")
        let incident = try #require(result.incidents.first)
        let anchor = try #require(incident.updates.first?.written.context.anchor)
        #expect(anchor == Date(timeIntervalSince1970: 946_720_805))
        #expect(!incident.diagnostics.contains { $0.code == "date.out-of-range" })
    }

    @Test func fourDigitYearInRangeIsTakenAsWritten() throws {
        let result = reader.read(feed(pubDate: "Wed, 01 Jan 2025 10:00:05 GMT"), file: "ok.rss")
        let anchor = try #require(result.incidents.first?.updates.first?.written.context.anchor)
        #expect(anchor == Date(timeIntervalSince1970: 1_735_725_605))
    }

    @Test func unreadablePubDateIsWarned() throws {
        let result = reader.read(feed(pubDate: "sometime soon"), file: "bad.rss")
        let incident = try #require(result.incidents.first)
        #expect(incident.diagnostics.contains { $0.code == "time.unreadable" && $0.message.contains("sometime soon") })
    }

    @Test func jsonFieldOutsideTheYearsGivesNoInstant() throws {
        let json = """
            {"page":{"id":"p","name":"Acme","url":"https://status.acme.test","time_zone":"Etc/UTC"},
             "incidents":[{"id":"abc123","name":"Old","status":"resolved","impact":"minor",
               "shortlink":"https://stspg.io/x","created_at":"0000-01-01T00:00:00Z",
               "incident_updates":[{"id":"u1","status":"resolved","body":"Done.",
                 "created_at":"0000-01-01T00:00:00Z","display_at":"0000-01-01T00:00:00Z"}]}]}
            """
        let result = reader.read(Data(json.utf8), file: "old.json")
        let incident = try #require(result.incidents.first)
        let written = try #require(incident.updates.first?.written)
        #expect(written.exact == nil)
        #expect(written.text == "0000-01-01T00:00:00Z")
    }
}
