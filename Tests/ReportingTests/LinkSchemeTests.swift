import Foundation
import Testing

@testable import Reporting

/// A page URL or shortlink becomes a live link in `report.md` only for `http`, `https` and `mailto`.
@Suite struct LinkSchemeTests {
    @Test(arguments: [
        "javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "status.example.com/incidents/x", "file:///etc/passwd",
    ])
    func otherSchemesAreShownAsCode(_ url: String) {
        let text = MarkdownText.safeLink("status page", to: url)
        #expect(!text.contains("]("), "\(text)")
        #expect(text == "status page " + MarkdownText.code(url))
    }

    @Test(arguments: ["https://status.example.com/incidents/x", "http://stspg.io/ab", "mailto:ops@example.com"])
    func webAndMailLinksStayLinks(_ url: String) {
        #expect(MarkdownText.safeLink("status page", to: url) == MarkdownText.link("status page", to: url))
    }

    @Test func theHTMLReportShowsAnotherSchemeAsCodeToo() {
        let html = MarkdownSubsetHTML.inline(MarkdownText.safeLink("status page", to: "javascript:alert(1)"))
        #expect(!html.contains("href"), "\(html)")
    }
}
