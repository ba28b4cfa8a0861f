import Foundation
import IncidentModel
import Pipeline
import Testing

@Suite struct IncidentMergerTests {
    func copy(_ id: String, vendor: String = "Kustomer", format: SourceFormat, file: String, exactUpdates: Int)
        -> Incident
    {
        let updates = (0..<exactUpdates).map { index in
            StatusUpdate(
                status: .investigating, label: "Investigating", body: "",
                written: WrittenTime(
                    text: "t\(index)", place: SourcePlace(file: file),
                    exact: Date(timeIntervalSince1970: Double(index) * 60)))
        }
        return Incident(
            id: id, vendor: vendor, sourceFormat: format, place: SourcePlace(file: file), title: "T",
            updates: updates)
    }

    @Test func copiesOfOneIncidentBecomeOneKeepingTheRichestUpdates() throws {
        var feed = copy("abc", format: .statuspageRSS, file: "a.rss", exactUpdates: 2)
        feed.components = ["Routing"]
        feed.impact = .minor
        var page = copy("ABC", vendor: "kustomer", format: .statuspageIncidentPage, file: "b.html", exactUpdates: 6)
        page.diagnostics = [Diagnostic(code: "x", severity: .note, place: SourcePlace(file: "b.html"), message: "m")]
        var document = copy("abc", format: .markdownPostmortem, file: "c.md", exactUpdates: 0)
        document.postmortem = Postmortem(text: "# Postmortem", place: SourcePlace(file: "c.md"))
        let other = copy("zzz", format: .statuspageRSS, file: "a.rss", exactUpdates: 1)
        let merged = IncidentMerger().merge([feed, other, page, document])
        #expect(merged.map(\.id) == ["ABC", "zzz"])
        let folded = merged[0]
        #expect(folded.place.file == "b.html")
        #expect(folded.updates.count == 6)
        #expect(folded.components == ["Routing"])
        #expect(folded.impact == .minor)
        #expect(folded.postmortem?.place.file == "c.md")
        let note = try #require(folded.diagnostics.last)
        #expect(note.code == "merge.sources")
        #expect(note.readings.map { $0.split(separator: " ")[0] } == ["b.html", "a.rss", "c.md"])
        #expect(folded.diagnostics.first?.code == "x")
    }

    @Test func equalCopiesPreferMachineFormatsThenTheFileName() {
        let atom = copy("abc", format: .statuspageAtom, file: "z.atom", exactUpdates: 3)
        let json = copy("abc", format: .statuspageJSON, file: "y.json", exactUpdates: 3)
        #expect(IncidentMerger().merge([atom, json]).first?.sourceFormat == .statuspageJSON)
        let first = copy("abc", format: .statuspageRSS, file: "b.rss", exactUpdates: 1)
        let second = copy("abc", format: .statuspageRSS, file: "a.rss", exactUpdates: 1)
        #expect(IncidentMerger().merge([first, second]).first?.place.file == "a.rss")
    }

    @Test func aSingleCopyIsLeftAsItIs() {
        let only = copy("abc", format: .statuspageRSS, file: "a.rss", exactUpdates: 2)
        #expect(IncidentMerger().merge([only]) == [only])
        #expect(IncidentMerger().merge([]).isEmpty)
    }

    @Test func sourcesThatNameIncidentsTheirOwnWayGroupByVendorTitleAndFirstMinute() {
        var page = copy("tz8q", format: .statuspageIncidentPage, file: "a.html", exactUpdates: 2)
        page.title = "Delays in  Routing"
        var aggregator = copy(
            "kustomer-2025-01-10", vendor: "kustomer", format: .aggregatorText, file: "b.txt",
            exactUpdates: 2)
        aggregator.title = "delays in routing"
        var later = copy("other", format: .statuspageRSS, file: "c.rss", exactUpdates: 0)
        later.title = "Delays in Routing"
        var untitled = copy("untitled", format: .statuspageRSS, file: "d.rss", exactUpdates: 1)
        untitled.title = ""
        var untitledToo = untitled
        untitledToo.id = "untitled-2"
        #expect(
            IncidentMerger().sameStoryGroups([page, later, aggregator, untitled, untitledToo]) == [
                [0, 2], [1], [3], [4],
            ])
        var twin = page
        twin.id = "tz8q-twin"
        #expect(IncidentMerger().sameStoryGroups([page, twin]) == [[0], [1]], "one format, two ids: two incidents")
    }

    @Test func foldingMergedCopiesListsEverySourceOnce() throws {
        let a = copy("abc", format: .statuspageJSON, file: "a.json", exactUpdates: 3)
        let b = copy("abc", format: .statuspageRSS, file: "b.rss", exactUpdates: 1)
        let first = IncidentMerger().fold([a, b])
        var c = copy("xyz", format: .aggregatorText, file: "c.txt", exactUpdates: 0)
        c.title = first.title
        let second = IncidentMerger().fold([c, first])
        let notes = second.diagnostics.filter { $0.code == IncidentMerger.sourcesCode }
        #expect(notes.count == 1)
        #expect(notes.first?.readings.map { $0.split(separator: " ")[0] } == ["a.json", "b.rss", "c.txt"])
        #expect(notes.first?.message.hasPrefix("read from 3 sources") == true)
    }
}
