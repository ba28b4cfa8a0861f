import CLibXML2
import Foundation
import IncidentModel
import TestSupport
import Testing

@testable import Ingest

/// Parsing with script and style content elided gives the tree of the whole parse (names,
/// attributes, text, line numbers) but for that content, on tricky, random and real pages.
@Suite struct HTMLRawTextElisionTests {
    static let tricky = """
        <!DOCTYPE html>
        <html><head><title>A - B</title>
        <!-- <style> is not a tag here --><!---->
        <style type="text/css" media=screen>
          .a { content: "</div>"; } /* </sty */
        </style>
        <script>var s = "</div></span><style>";
        </script><SCRIPT src=x.js></SCRIPT><script/>
        <style>é ü — 日本</STYLE></head>
        <body class="x"><p a=b/>
        <div class="update-row"><script>in a row</script></div>
        <style>body{}</style  >
        <textarea>no tags</textarea><script>late</script>
        <p>1 < 2</p><script>after a bare less-than</script>
        </body></html>
        """

    /// A line for each node: depth, type, name, line, attributes and (outside raw text) content.
    private func outline(_ document: MarkupDocument) -> [String] {
        var lines: [String] = []
        func visit(_ node: xmlNodePtr, depth: Int, inRawText: Bool) {
            var line = "\(depth) \(node.pointee.type.rawValue) \(node.pointee.name.map { String(cString: $0) } ?? "")"
            line += " @\(xmlGetLineNo(node))"
            var attribute = node.pointee.properties
            while let current = attribute {
                let name = String(cString: current.pointee.name)
                let value = xmlGetProp(node, current.pointee.name).map { raw -> String in
                    defer { clibxml2_free(raw) }
                    return String(cString: raw)
                }
                line += " \(name)=\(value ?? "nil")"
                attribute = current.pointee.next
            }
            if !inRawText, let content = node.pointee.content { line += " [\(String(cString: content))]" }
            lines.append(line)
            let raw = MarkupScan.isElement(node, "script") || MarkupScan.isElement(node, "style")
            var child = node.pointee.children
            while let current = child {
                let isText = current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE
                if !(raw && isText) {
                    visit(current, depth: depth + 1, inRawText: inRawText || raw)
                }
                child = current.pointee.next
            }
        }
        var child = document.pointer.pointee.children
        while let current = child {
            visit(current, depth: 0, inRawText: false)
            child = current.pointee.next
        }
        return lines
    }

    /// Whether the elided parse has the whole parse's tree; returns how many ranges were elided.
    @discardableResult
    private func expectSameTree(_ html: String, _ comment: String = "") throws -> Int {
        let data = Data(html.utf8)
        let whole = try #require(MarkupDocument.html(data))
        guard let elided = MarkupDocument.htmlElidingRawText(data) else { return 0 }
        #expect(elided.isElided)
        #expect(outline(elided) == outline(whole), "\(comment)")
        return data.withUnsafeBytes { HTMLRawTextElision.ranges(in: $0.bindMemory(to: UInt8.self)).count }
    }

    @Test func trickyPageKeepsItsTree() throws {
        #expect(LibXMLRuntime.isVersion29, "the elision is only used with libxml2 2.9")
        let count = try expectSameTree(Self.tricky)
        // The two head styles and the first script (the empty and self-closed ones hold nothing),
        // the row's script, the body style, then `late` after the textarea; the bare `<` in
        // `1 < 2` ends the scan.
        #expect(count == 6)
    }

    @Test func doubtfulMarkupEndsTheScan() {
        let cases = [
            "<?xml version='1.0'?><style>a</style>", "<!-->--><style>a</style>", "<p <style>a</style>",
            "<xmp><style>a</style></xmp>", "<style>a", "<style>\u{1}</style>", "<a b=\"c><style>a</style>",
            "<!DOCTYPE html PUBLIC \"x\"><style>a</style>", "<title>x<b></title><style>a</style>",
            "<p a='b'c=d><style>a</style>",
        ]
        for html in cases {
            let ranges = Array(html.utf8).withUnsafeBufferPointer { HTMLRawTextElision.ranges(in: $0) }
            #expect(ranges.isEmpty, "\(html)")
        }
    }

    @Test func elisionKeepsLineFeedsOnly() {
        let html = Array("<style>a\r\nb\nc</style><p>".utf8)
        html.withUnsafeBufferPointer { bytes in
            let ranges = HTMLRawTextElision.ranges(in: bytes)
            #expect(ranges == [7..<13])
            #expect(
                String(decoding: HTMLRawTextElision.elide(bytes, ranges: ranges), as: UTF8.self)
                    == "<style>\n\n</style><p>")
        }
    }

    @Test func randomMarkupKeepsItsTree() throws {
        let pieces = [
            "<style>", "</style>", "<script>", "</script>", "<script type=\"a\">", "<div class=\"update-row\">",
            "</div>", "<p>", "</p>", "text\n", "é", "<!-- c -->", "<title>t</title>", "<br/>", "<li>", "&amp;",
            "</span>", "<head>", "<body>", "</head>", "<STYLE>", "</Script>", "<option value=1>", "\"", "'", ">",
            "<", "</sty", "<table><tr><td>",
        ]
        var generator = SplitMix(seed: 11)
        var elided = 0
        for round in 0..<300 {
            var html = round.isMultiple(of: 2) ? "<!DOCTYPE html><html><head>" : ""
            for _ in 0..<(5 + Int(generator.next() % 40)) {
                html += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            elided += try expectSameTree(html, "round \(round): \(html.debugDescription)")
        }
        #expect(elided > 10)
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func realPagesKeepTheirTree() throws {
        let pages = SharedFixture.allFiles().filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        var elided = 0
        for page in pages {
            elided += try expectSameTree(String(decoding: try SharedFixture.data(page), as: UTF8.self), page)
        }
        #expect(elided > 0)
    }

    @Test func scriptInsideATimestampIsReadFromTheWholeParse() throws {
        let html = """
            <html><head><style>.x{}</style></head><body>
            <div class="incident-name">Outage</div>
            <div class="update-row"><div class="update-title">Resolved</div>
            <div class="update-body">Fixed.</div>
            <div class="update-timestamp">Posted <script>S</script>Jan 1, 2025 - 10:00 UTC</div></div>
            </body></html>
            """
        let incident = try #require(IncidentReader().read(Data(html.utf8), file: "p.html").incidents.first)
        #expect(incident.updates.first?.written.text == "SJan 1, 2025 - 10:00 UTC")
    }
}
