import Foundation
import Testing

@testable import Ingest

@Suite struct MarkupBridgeTests {
    static let externalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE feed [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>T &x; end</title>
        <entry><title>A &x; B</title><content type="html">&lt;p&gt;&amp;x;&lt;/p&gt; &x;</content></entry></feed>
        """

    static let entityBomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>
        """

    @Test func htmlParsesWithClassTokensAndBlockText() throws {
        let html = "<div class='a  update-row b'><p>One <b>two</b></p><p>three<br>four&nbsp; five</p></div>"
        let doc = try #require(MarkupDocument.html(Data(html.utf8)))
        let rows = doc.select(XPath.withClass("update-row"))
        #expect(rows.count == 1)
        #expect(rows.first?.hasClass("update-row") == true)
        #expect(rows.first?.text == "One twothreefour five")
        #expect(rows.first?.blockText == "One two\nthree\nfour five")
        #expect(doc.select("//[").isEmpty)
    }

    @Test func xmlExternalEntityIsNeverRead() throws {
        let doc = try MarkupDocument.xml(Data(Self.externalEntity.utf8)).get()
        let text = doc.root?.text ?? ""
        #expect(!text.contains("root:"))
        var seen = ""
        let outcome = Self.externalEntity.utf8.withContiguousStorageIfAvailable { buffer in
            FeedStream.read(UnsafeRawBufferPointer(buffer), file: "x") { entry, _ in
                seen += entry.fields.map(\.text).joined()
            }
        }
        #expect(outcome?.entries == 1)
        #expect(!seen.contains("root:"))
        let feedTitle = outcome?.field("title")?.text ?? ""
        #expect(feedTitle == "T end")
    }

    @Test func entityBombDoesNotExpand() throws {
        var total = 0
        let outcome = Array(Self.entityBomb.utf8).withUnsafeBytes { buffer in
            FeedStream.read(buffer, file: "x") { entry, _ in total += entry.fields.map(\.bytes.count).reduce(0, +) }
        }
        #expect(total < 1000)
        #expect((outcome.field("title")?.bytes.count ?? 0) < 1000)
        if case .success(let doc) = MarkupDocument.xml(Data(Self.entityBomb.utf8)) {
            #expect((doc.root?.text.utf8.count ?? 0) < 1000)
        }
    }

    @Test func truncatedXMLFailsWithAPlace() {
        let result = MarkupDocument.xml(Data("<rss><channel><item><title>x</tit".utf8))
        guard case .failure(let error) = result else {
            Issue.record("truncated XML parsed")
            return
        }
        #expect(error.issue != nil)
        #expect((error.issue?.line ?? 0) >= 1)
    }
}
