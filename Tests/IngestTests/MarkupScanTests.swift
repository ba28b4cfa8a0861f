import CLibXML2
import Foundation
import TestSupport
import Testing

@testable import Ingest

/// The byte-level walk (`MarkupScan`, `StatuspageDetailPageNodes`) selects exactly the elements
/// the class-token and attribute XPath it replaced selected, on tricky and random markup.
@Suite struct MarkupScanTests {
    static let tokens: [StaticString] = [
        "incident-name", "update-row", "components-affected", "subheader", "update-title", "update-body",
        "update-timestamp",
    ]

    static let tricky = """
        <!DOCTYPE html><html><head><title class="update-row">T - x</title>
        <meta property="og:url"><meta property="og:url" content="https://s.test/incidents/abc">
        <link rel="canonical " href="/no"><link REL="canonical" href="/yes">
        <style>.update-row { x: '<div class="update-row">' }</style>
        <script>var s = "<div class='incident-name'></div>";</script></head>
        <body><!-- <div class="update-row"> -->
        <div CLASS=" a\tupdate-row\nb ">
          <div class="update-title" class="update-body">One</div>
          <div class="row update-row"><div class="update-body">nested</div>
            <div class="update-timestamp">t</div></div>
        </div>
        <div class="update-row\r"><span class="xupdate-title update-titles UPDATE-TITLE">no</span>
        <p class="a&#9;update-title">yes &amp; yes</p><div class></div><div class=""></div>
        <div class='update&#45;body'>entity</div></div>
        <a href="/history">h</a><a href="https://s.test/incidents/">i</a>
        <div class="incident-name impact-minor">Name<div class="incident-name">inner</div></div>
        <div class="components-affected">A, B</div><div class="font subheader">Report for X
        </html><div class="update-row">after the end<div class="update-timestamp">late
        """

    private func pointers(_ nodes: [MarkupNode]) -> [xmlNodePtr] { nodes.map(\.pointer) }

    private func scanned(_ document: MarkupDocument, _ token: StaticString, below root: xmlNodePtr? = nil)
        -> [xmlNodePtr]
    {
        var found: [xmlNodePtr] = []
        let start = root ?? UnsafeMutableRawPointer(document.pointer).assumingMemoryBound(to: xmlNode.self)
        MarkupScan.forEachElement(below: start) { node in
            if MarkupScan.hasClass(node, token) { found.append(node) }
            return .descend
        }
        return found
    }

    /// Compares every query of the detail reader with its XPath on one document.
    private func expectSameSelection(_ html: String, _ comment: Comment? = nil) throws {
        let document = try #require(MarkupDocument.html(Data(html.utf8)))
        for token in Self.tokens {
            let xpath = pointers(document.select(XPath.withClass("\(token)")))
            #expect(scanned(document, token) == xpath, "\(token) \(comment ?? "")")
        }
        let nodes = StatuspageDetailPageNodes(document)
        #expect(nodes.name?.pointer == document.first(XPath.withClass("incident-name"))?.pointer)
        #expect(pointers(nodes.rows) == pointers(document.select(XPath.withClass("update-row"))))
        #expect(nodes.components?.pointer == document.first(XPath.withClass("components-affected"))?.pointer)
        #expect(nodes.subheader?.pointer == document.first(XPath.withClass("subheader"))?.pointer)
        #expect(nodes.openGraphURL?.pointer == document.first("//meta[@property='og:url']")?.pointer)
        #expect(nodes.canonicalLink?.pointer == document.first("//link[@rel='canonical']")?.pointer)
        #expect(nodes.incidentLink?.pointer == document.first("//a[contains(@href, '/incidents/')]")?.pointer)
        #expect(nodes.title?.pointer == document.first("//title")?.pointer)
        for row in nodes.rows {
            let parts = StatuspageDetailPageNodes.parts(of: row)
            #expect(parts.title?.pointer == document.first(XPath.withClass("update-title"), from: row)?.pointer)
            #expect(parts.body?.pointer == document.first(XPath.withClass("update-body"), from: row)?.pointer)
            #expect(
                parts.timestamp?.pointer == document.first(XPath.withClass("update-timestamp"), from: row)?.pointer)
            for token in Self.tokens {
                let xpath = pointers(document.select(XPath.withClass("\(token)"), from: row))
                #expect(scanned(document, token, below: row.pointer) == xpath, "\(token) in a row \(comment ?? "")")
            }
        }
    }

    @Test func trickyMarkupSelectsWhatXPathSelected() throws {
        try expectSameSelection(Self.tricky)
        let document = try #require(MarkupDocument.html(Data(Self.tricky.utf8)))
        let nodes = StatuspageDetailPageNodes(document)
        // The facts the tricky page was written for, so the comparison above cannot pass vacuously.
        #expect(nodes.rows.count == 5)
        #expect(nodes.rows.first?.pointer == nodes.title?.pointer)
        #expect(nodes.openGraphURL?.attribute("content") == nil)
        #expect(nodes.canonicalLink?.attribute("href") == "/yes")
        #expect(nodes.incidentLink?.attribute("href") == "https://s.test/incidents/")
        #expect(nodes.name?.text == "Nameinner")
        let first = StatuspageDetailPageNodes.parts(of: nodes.rows[1])
        #expect(first.title?.text == "One")
        #expect(first.body?.text == "nested")
        let third = StatuspageDetailPageNodes.parts(of: nodes.rows[3])
        #expect(third.title?.text == "yes & yes")
        #expect(third.body?.text == "entity")
    }

    @Test func attributeBytesMatchXMLGetProp() throws {
        let html = "<p a='x&amp;y' b c='' d=\"1\"></p>"
        let document = try #require(MarkupDocument.html(Data(html.utf8)))
        let node = try #require(document.first("//p"))
        for name: StaticString in ["a", "b", "c", "d", "e"] {
            let scanned = MarkupScan.withAttribute(node.pointer, name) { String(decoding: $0, as: UTF8.self) }
            #expect(scanned == node.attribute("\(name)"), "\(name)")
        }
    }

    @Test func randomMarkupSelectsWhatXPathSelected() throws {
        let pieces = [
            "<div class=\"update-row\">", "<div class='row update-row'>", "<div class=\"update-title\">",
            "<span class=\"update-body x\">", "<div class=\"update-timestamp\">", "<p class=\"incident-name\">",
            "<div class=\"subheader\">", "<div class=\"components-affected\">", "</div>", "</div>", "</span>",
            "</p>", "<p>", "<li>", "<table><tr><td>", "text ", "&amp; ", "<br>", "<div class=\"update-row\ttail\">",
            "<div class=\"update-rows\">", "<!-- c -->", "<script>x<y</script>", "</body>", "<body>", "<ul>",
            "<a href=\"/incidents/x\">", "</a>", "<meta property=\"og:url\" content=\"u\">", "<title>t</title>",
        ]
        var generator = SplitMix(seed: 7)
        for round in 0..<300 {
            var html = round.isMultiple(of: 3) ? "<html><head></head><body>" : ""
            for _ in 0..<(5 + Int(generator.next() % 40)) {
                html += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            try expectSameSelection(html, "round \(round)")
        }
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func realPagesSelectWhatXPathSelected() throws {
        let pages = SharedFixture.allFiles(under: "statuspage").filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        for page in pages {
            try expectSameSelection(String(decoding: try SharedFixture.data(page), as: UTF8.self), "\(page)")
        }
    }
}

/// A small seeded generator, so the random markup is the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
