import Foundation
import IncidentModel
import Ingest
import Testing

/// Small documents written for these tests, in the shapes the real exports use.
@Suite struct SyntheticMarkupTests {
    let reader = IncidentReader()

    @Test func atomUpdateLabelsCarryTheStatusAndPostmortemIsLifted() throws {
        let content = """
            <p><small>Mar <var data-var='date'>2</var>, <var data-var='time'>10:00</var> UTC</small><br><strong>Postmortem</strong> - # What went wrong<br />A cache expired.<br />* 09:10 UTC - alerts fired</p>\
            <p><small>Mar <var data-var='date'>1</var>, <var data-var='time'>12:00</var> UTC</small><br><strong>Resolved</strong> - Fixed.</p>\
            <p><small>Mar <var data-var='date'>1</var>, <var data-var='time'>11:30</var> UTC</small><br><strong>Update</strong> - Still <strong>working</strong> on it.</p>\
            <p><small>Mar <var data-var='date'>1</var>, <var data-var='time'>11:00</var> UTC</small><br><strong>Identified</strong> - Found it.</p>
            """
        let escaped = content.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Acme Status - Incident History</title>
              <entry>
                <id>tag:status.acme.test,2005:Incident/4242</id>
                <published>2030-03-02T10:00:05Z</published>
                <link rel="alternate" type="text/html" href="https://status.acme.test/incidents/q1w2e3r4t5y6"/>
                <title>Cache trouble</title>
                <content type="html">\(escaped)</content>
              </entry>
            </feed>
            """
        let result = reader.read(Data(feed.utf8), file: "acme.atom")
        let incident = try #require(result.incidents.first)
        #expect(incident.id == "q1w2e3r4t5y6")
        #expect(incident.vendor == "Acme")
        #expect(incident.updates.map(\.label) == ["Identified", "Update", "Resolved"])
        #expect(incident.updates.map(\.status) == [.identified, .identified, .resolved])
        #expect(incident.updates[1].body == "Still working on it.")
        #expect(incident.updates[0].written.text == "Mar 1, 11:00 UTC")
        #expect(incident.updates[0].written.place.element == "entry[1]/content/p[4]")
        let postmortem = try #require(incident.postmortem)
        #expect(postmortem.posted?.text == "Mar 2, 10:00 UTC")
        #expect(postmortem.sections.map(\.heading) == ["What went wrong"])
        #expect(postmortem.sections.first?.lines.map(\.kind) == [.paragraph, .listItem])
        #expect(postmortem.sections.first?.lines.last?.text == "09:10 UTC - alerts fired")
    }

    @Test func newDetailMarkupWithPostmortemFirst() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Acme Status - Login errors</title>
            <meta property="og:url" content="https://status.acme.test/incidents/z9y8x7w6v5u4"></head><body>
            <div class="color-primary incident-name whitespace-pre-wrap impact-major">Login errors</div>
            <div class="subheader">Incident Report for <a href="/">Acme</a></div>
            <div class="components-affected">This incident affected: Web (EU, US), API, and Mobile.</div>
            <div class="incident-updates-container">
            <div class="row update-row"><div class="update-title">Postmortem</div><div class="update-container">
              <div class="update-body"><span class="whitespace-pre-wrap"><h3>Timeline</h3><ul><li>10:02 UTC - deploy</li><li>10:20 UTC - rollback</li></ul></span></div>
              <div class="update-timestamp">Posted <span class="ago" data-datetime-unix="1900000000000"></span>Mar <var data-var="date">17</var>, <var data-var="year">2030</var> - <var data-var="time">17:46</var> UTC</div></div></div>
            <div class="row update-row"><div class="update-title">Resolved</div><div class="update-container">
              <div class="update-body"><span class="whitespace-pre-wrap">All good.</span></div>
              <div class="update-timestamp">Posted <span class="ago" data-datetime-unix="1899990000000"></span>Mar <var data-var="date">17</var>, <var data-var="year">2030</var> - <var data-var="time">14:59</var> UTC</div></div></div>
            </div></body></html>
            """
        let result = reader.read(Data(page.utf8), file: "detail.html")
        let incident = try #require(result.incidents.first)
        #expect(incident.id == "z9y8x7w6v5u4")
        #expect(incident.vendor == "Acme")
        #expect(incident.impact == .major)
        #expect(incident.components == ["Web (EU, US)", "API", "Mobile"])
        #expect(incident.updates.map(\.label) == ["Resolved"])
        #expect(incident.updates.first?.written.exact == Date(timeIntervalSince1970: 1_899_990_000))
        let postmortem = try #require(incident.postmortem)
        #expect(postmortem.posted?.exact == Date(timeIntervalSince1970: 1_900_000_000))
        #expect(postmortem.posted?.text == "Mar 17, 2030 - 17:46 UTC")
        #expect(postmortem.sections.first?.heading == "Timeline")
        #expect(postmortem.sections.first?.lines.map(\.text) == ["10:02 UTC - deploy", "10:20 UTC - rollback"])
    }

    @Test func historyPageIncidentsTakeTheMonthYear() throws {
        let props = """
            {"page_status":{"page":{"name":"Acme","domain":"status.acme.test","time_zone":"UTC"}},\
            "months":[{"name":"August","year":2031,"incidents":[{"code":"a1b2c3d4e5f6","name":"Slow API",\
            "message":"Resolved.","impact":"minor","timestamp":"Aug <var data-var='date'>10</var>, \
            <var data-var='time'>00:17</var> - <var data-var='time'>01:30</var> UTC"}]}]}
            """
        let attribute = props.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "\"", with: "&quot;"
        )
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let page =
            "<html><body><div data-react-class=\"HistoryIndex\" data-react-props=\"\(attribute)\"></div></body></html>"
        let result = reader.read(Data(page.utf8), file: "history.html")
        #expect(result.format == .statuspageHistoryPage)
        let incident = try #require(result.incidents.first)
        #expect(incident.id == "a1b2c3d4e5f6")
        #expect(incident.url == "https://status.acme.test/incidents/a1b2c3d4e5f6")
        #expect(incident.declaredStart?.text == "Aug 10, 00:17 - 01:30 UTC")
        #expect(incident.declaredStart?.context.year == 2031)
        #expect(incident.declaredStart?.context.pageZone == "UTC")
    }

    @Test func formatComesFromContentNotTheName() {
        let json = "{\"page\":{\"id\":\"abcdefabcdef\",\"name\":\"Acme\"},\"incidents\":[]}"
        #expect(reader.read(Data(json.utf8), file: "looks-like.rss").format == .statuspageJSON)
        let feed = "<rss version=\"2.0\"><channel><title>Acme Status - Incident History</title></channel></rss>"
        #expect(reader.read(Data(feed.utf8), file: "looks-like.json").format == .statuspageRSS)
    }
}
