import Chronology
import Foundation
import IncidentModel
import Testing

@testable import Pipeline

@Suite struct MergeScreenTests {
    private func incident(
        _ id: String, _ title: String, _ format: SourceFormat, vendor: String = "Acme", file: String = "/a/feed.rss"
    )
        -> Incident
    {
        Incident(id: id, vendor: vendor, sourceFormat: format, place: SourcePlace(file: file), title: title)
    }

    private func mayMerge(_ incidents: [Incident]) -> Bool {
        var screen = MergeScreen()
        for incident in incidents { screen.note(MergeFingerprint(incident)) }
        return screen.mayMerge()
    }

    @Test func distinctCodesAndTitlesStream() {
        #expect(!mayMerge([incident("a1", "API down", .statuspageRSS), incident("b2", "API slow", .statuspageRSS)]))
        // One feed may carry the same title twice for two real incidents: the merger keeps both.
        #expect(!mayMerge([incident("a1", "API down", .statuspageRSS), incident("b2", "api  DOWN", .statuspageRSS)]))
        // The same code at two vendors is two incidents.
        #expect(!mayMerge([incident("a1", "X", .statuspageRSS), incident("a1", "Y", .statuspageRSS, vendor: "Other")]))
    }

    @Test func sharedCodesTitlesAcrossFormatsAndDocumentsNeedTheWholeSet() {
        #expect(mayMerge([incident("a1", "X", .statuspageRSS), incident("A1", "Y", .statuspageAtom)]))
        #expect(mayMerge([incident("a1", "API down", .statuspageRSS), incident("b2", "api  DOWN", .statuspageAtom)]))
        #expect(mayMerge([incident("pm", "Postmortem", .markdownPostmortem, file: "/a/pm.md")]))
        // An id made from the file name (a detail page saved without its URL).
        #expect(mayMerge([incident("page", "X", .statuspageIncidentPage, file: "/a/page.html")]))
        #expect(!mayMerge([incident("abc123", "X", .statuspageIncidentPage, file: "/a/page.html")]))
    }
}
