import Chronology
import Foundation
import IncidentModel
import Testing

@Suite struct IncidentMergerTests {
    private func update(_ status: Status, _ text: String, exact: Date? = nil, file: String) -> StatusUpdate {
        StatusUpdate(
            status: status, label: status.rawValue, body: "",
            written: WrittenTime(
                text: text, place: SourcePlace(file: file), context: TimeContext(pageZone: "UTC"), exact: exact))
    }

    private func incident(
        _ id: String, _ format: SourceFormat, file: String, title: String = "Delayed routing",
        updates: [StatusUpdate], components: [String] = [], postmortem: Postmortem? = nil
    ) -> Incident {
        Incident(
            id: id, vendor: "Kustomer", sourceFormat: format, place: SourcePlace(file: file), title: title,
            components: components, updates: updates, postmortem: postmortem)
    }

    @Test func sameCodeFromFeedAndPageBecomesOneIncidentWithThePageAsPrimary() {
        let start = Date(timeIntervalSince1970: 1_736_527_020)  // 2025-01-10T16:37:00Z
        let feed = incident(
            "tz8q", .statuspageRSS, file: "h.rss",
            updates: [update(.investigating, "Jan 10, 16:37 UTC", file: "h.rss")])
        let page = incident(
            "tz8q", .statuspageIncidentPage, file: "p.html",
            updates: [update(.investigating, "Jan 10, 2025 - 16:37 UTC", exact: start, file: "p.html")],
            components: ["Routing"])
        let merged = IncidentMerger().merge([feed, page])
        #expect(merged.count == 1)
        #expect(merged[0].sourceFormat == .statuspageIncidentPage)
        #expect(merged[0].components == ["Routing"])
        #expect(merged[0].diagnostics.contains { $0.code == "incident.merged" })
    }

    @Test func aggregatorCopyMatchesByTitleAndTimeAndDisagreementIsReported() {
        let page = incident(
            "tz8q", .statuspageIncidentPage, file: "p.html",
            updates: [
                update(
                    .investigating, "Jan 10, 2025 - 16:37 UTC", exact: Date(timeIntervalSince1970: 1_736_527_020),
                    file: "p.html"),
                update(
                    .resolved, "Jan 10, 2025 - 18:30 UTC", exact: Date(timeIntervalSince1970: 1_736_533_800),
                    file: "p.html"),
            ])
        let copy = incident(
            "copy-1", .aggregatorText, file: "a.txt",
            updates: [
                update(.investigating, "Jan 10, 2025, 04:37 PM UTC", file: "a.txt"),
                update(.resolved, "Jan 10, 2025, 06:33 PM UTC", file: "a.txt"),
            ])
        let merged = IncidentMerger().merge([copy, page])
        #expect(merged.count == 1)
        #expect(merged[0].id == "tz8q")
        let disagreement = merged[0].diagnostics.first { $0.code == "source.disagree" }
        #expect(disagreement?.message.contains("last update") == true)
        #expect(disagreement?.readings.contains("aggregator-text: 2025-01-10T18:33:00Z") == true)
    }

    @Test func sameFormatTwinsWithDifferentCodesStayTwoIncidents() {
        let one = incident(
            "a1", .statuspageJSON, file: "a.json",
            updates: [update(.investigating, "Jan 10, 2025, 04:37 PM UTC", file: "a.json")])
        let two = incident(
            "b2", .statuspageJSON, file: "b.json",
            updates: [update(.investigating, "Jan 10, 2025, 04:39 PM UTC", file: "b.json")])
        #expect(IncidentMerger().merge([one, two]).map(\.id) == ["a1", "b2"])
    }

    @Test func sameTitleDaysApartStaysTwoIncidents() {
        let one = incident(
            "a1", .statuspageRSS, file: "f.rss",
            updates: [update(.investigating, "Jan 10, 2025, 04:37 PM UTC", file: "f.rss")])
        let two = incident(
            "b2", .statuspageRSS, file: "f.rss",
            updates: [update(.investigating, "Jan 12, 2025, 04:37 PM UTC", file: "f.rss")])
        #expect(IncidentMerger().merge([one, two]).map(\.id) == ["a1", "b2"])
    }

    @Test func teamPostmortemLinkedByStatusPageURLWinsTheirPostmortem() {
        let page = incident(
            "tz8q", .statuspageIncidentPage, file: "p.html",
            updates: [
                update(
                    .resolved, "Jan 10, 2025 - 18:30 UTC", exact: Date(timeIntervalSince1970: 1_736_533_800),
                    file: "p.html")
            ],
            postmortem: Postmortem(text: "status page postmortem", place: SourcePlace(file: "p.html")))
        let team = Postmortem(
            text: "team postmortem", place: SourcePlace(file: "pm.md"),
            frontMatter: [
                FrontMatterEntry(
                    key: "status_page", value: "https://status.example/incidents/tz8q",
                    place: SourcePlace(file: "pm.md", line: 2))
            ])
        let document = Incident(
            id: "PM-1", vendor: "", sourceFormat: .markdownPostmortem, place: SourcePlace(file: "pm.md"),
            title: "Routing delays", postmortem: team)
        let merged = IncidentMerger().merge([page, document])
        #expect(merged.count == 1)
        #expect(merged[0].postmortem?.text == "team postmortem")
        #expect(merged[0].updates.count == 1)
    }
}
