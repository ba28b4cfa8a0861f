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
}
