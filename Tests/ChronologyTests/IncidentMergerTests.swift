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

    private func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    @Test func theAccountThatReachedResolvedIsPrimaryOverALiveSnapshot() throws {
        // 2026-08-17: the API snapshot stops at 20:45:28 (investigating); the feed goes on to resolved at 21:15.
        let snapshot = incident(
            "zkx", .statuspageJSON, file: "summary.json",
            updates: [
                update(.investigating, "13:40:03", exact: at(1_786_974_003), file: "summary.json"),
                update(.investigating, "20:45:28", exact: at(1_786_999_528), file: "summary.json"),
            ])
        let feed = incident(
            "zkx", .statuspageAtom, file: "history.atom",
            updates: [
                update(.investigating, "13:40", exact: at(1_786_974_000), file: "history.atom"),
                update(.resolved, "21:15", exact: at(1_787_001_300), file: "history.atom"),
            ])
        let merged = IncidentMerger().merge([snapshot, feed])
        #expect(merged.count == 1)
        #expect(merged[0].sourceFormat == .statuspageAtom)
        #expect(merged[0].updates.last?.status == .resolved)
        let note = try #require(merged[0].diagnostics.first { $0.code == "source.disagree" })
        #expect(
            note.message
                == "the sources disagree on the last update: the live snapshot (statuspage-json, summary.json) stops "
                + "at 2026-08-17T20:45:28Z (investigating); the feed (statuspage-atom, history.atom) goes on to "
                + "resolved at 2026-08-17T21:15:00Z")
    }

    @Test func amongUnresolvedAccountsTheOneThatGoesOnLaterIsPrimary() {
        let short = incident(
            "c1", .statuspageJSON, file: "a.json",
            updates: [update(.investigating, "a", exact: at(1_736_527_020), file: "a.json")])
        let long = incident(
            "c1", .statuspageRSS, file: "b.rss",
            updates: [
                update(.investigating, "b", exact: at(1_736_527_020), file: "b.rss"),
                update(.identified, "c", exact: at(1_736_530_000), file: "b.rss"),
            ])
        #expect(IncidentMerger().merge([short, long]).first?.sourceFormat == .statuspageRSS)
    }

    @Test func pageTextAndAggregatorCopyMatchByTitleAndResolution() {
        // Ids from file names; the page excerpt starts late (only its resolved update), so first updates differ.
        let excerpt = incident(
            "page-abc.excerpt", .aggregatorText, file: "text/page-abc.excerpt.txt", title: "Delays in processing",
            updates: [update(.resolved, "Oct 08, 2025, 03:16 PM UTC", file: "text/page-abc.excerpt.txt")])
        let copy = incident(
            "agg-42.excerpt", .aggregatorText, file: "agg/agg-42.excerpt.txt", title: "Delays  in processing",
            updates: [
                update(.investigating, "Oct 08, 2025, 02:09 PM UTC", file: "agg/agg-42.excerpt.txt"),
                update(.resolved, "Oct 08, 2025, 03:17 PM UTC", file: "agg/agg-42.excerpt.txt"),
            ])
        let merged = IncidentMerger().merge([excerpt, copy])
        #expect(merged.count == 1)
        #expect(merged[0].updates.count == 2)
        let late = incident(
            "agg-43.excerpt", .aggregatorText, file: "agg/agg-43.excerpt.txt", title: "Delays in processing",
            updates: [update(.resolved, "Oct 08, 2025, 03:20 PM UTC", file: "agg/agg-43.excerpt.txt")])
        #expect(IncidentMerger().merge([excerpt, late]).count == 2)
    }

    @Test func aCopyCutShortMergesWithTheWholeText() {
        let times = ["Jan 10, 2025, 04:37 PM UTC", "Jan 10, 2025, 05:04 PM UTC", "Jan 10, 2025, 06:30 PM UTC"]
        let whole = incident(
            "seed", .aggregatorText, file: "seed/seed.txt", title: "",
            updates: [
                update(.investigating, times[0], file: "seed/seed.txt"),
                update(.identified, times[1], file: "seed/seed.txt"),
                update(.resolved, times[2], file: "seed/seed.txt"),
            ])
        let cut = incident(
            "copy-7.excerpt", .aggregatorText, file: "agg/copy-7.excerpt.txt", title: "",
            updates: [
                update(.investigating, times[0], file: "agg/copy-7.excerpt.txt"),
                update(.identified, times[1], file: "agg/copy-7.excerpt.txt"),
            ])
        let merged = IncidentMerger().merge([cut, whole])
        #expect(merged.map(\.id) == ["seed"])
        #expect(merged[0].updates.count == 3)
        #expect(merged[0].diagnostics.contains { $0.code == "source.disagree" && $0.message.contains("stops at") })
    }

    @Test func twinRecordsWithRealCodesStayTwoEvenWithTheSameTitleAndTimes() {
        let first = [
            update(.investigating, "Jan 10, 2025, 04:37 PM UTC", file: "x"),
            update(.resolved, "Jan 10, 2025, 06:30 PM UTC", file: "x"),
        ]
        // Files named after their codes, as the GitHub API records are.
        let one = incident("a1b2", .statuspageJSON, file: "api/a1b2.json", updates: first)
        let two = incident("c3d4", .statuspageJSON, file: "api/c3d4.json", updates: first)
        #expect(IncidentMerger().merge([one, two]).map(\.id) == ["a1b2", "c3d4"])
    }

    @Test func aMergeLedByACopyKeepsTheRealCode() {
        let copy = incident(
            "agg-1", .aggregatorText, file: "agg/agg-1.txt",
            updates: [
                update(.investigating, "Jan 10, 2025, 04:37 PM UTC", file: "agg/agg-1.txt"),
                update(.resolved, "Jan 10, 2025, 06:30 PM UTC", file: "agg/agg-1.txt"),
            ])
        let snapshot = incident(
            "tz8q", .statuspageJSON, file: "summary.json",
            updates: [update(.investigating, "x", exact: at(1_736_527_020), file: "summary.json")])
        let merged = IncidentMerger().merge([snapshot, copy])
        #expect(merged.count == 1)
        #expect(merged[0].sourceFormat == .aggregatorText)
        #expect(merged[0].id == "tz8q")
    }
}
