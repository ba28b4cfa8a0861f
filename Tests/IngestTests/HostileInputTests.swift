import Foundation
import IncidentModel
import Ingest
import Testing

@Suite struct HostileInputTests {
    let reader = IncidentReader()

    @Test func emptyFileFails() {
        let result = reader.read(Data(), file: "empty.rss")
        #expect(result.incidents.isEmpty)
        #expect(result.failure?.reason == "the input is empty")
        #expect(
            result.failure?.message.hasPrefix("empty.rss: cannot read the input: the input is empty; expected ") == true
        )
    }

    @Test func binaryJunkFails() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        for index in 0..<4000 { bytes.append(UInt8((index * 37 + 11) % 256)) }
        let result = reader.read(Data(bytes), file: "junk.bin")
        #expect(result.incidents.isEmpty)
        #expect(result.failure?.reason.contains("binary") == true)
    }

    @Test func truncatedFeedFailsWithLineAndColumn() {
        let feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Acme Status - Incident History</title>
            <item><title>Broken</title><description>&lt;p&gt;x</descr
            """
        let result = reader.read(Data(feed.utf8), file: "cut.rss")
        #expect(result.format == .statuspageRSS)
        #expect(result.incidents.isEmpty)
        let failure = result.failure
        #expect(failure?.place.line != nil)
        #expect(failure?.place.column != nil)
        #expect(failure?.expected == "a well-formed RSS feed")
        #expect(failure?.message.hasPrefix("cut.rss:") == true)
    }

    @Test func invalidUTF8FeedFailsAndInvalidUTF8TextFails() {
        var feed = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><item><title>bad ".utf8)
        feed += [0xC3, 0x28, 0xFF]
        feed += Array(" name</title></item></channel></rss>".utf8)
        let xml = reader.read(Data(feed), file: "bad.rss")
        #expect(xml.incidents.isEmpty)
        #expect(xml.failure != nil)
        var text = Array("- investigating Jan 10, 2025, 04:37 PM UTC\nbody ".utf8)
        text += [0xFF, 0xFE]
        let plain = reader.read(Data(text), file: "bad.txt")
        #expect(plain.incidents.isEmpty)
        #expect(plain.failure?.reason.contains("UTF-8") == true)
    }

    @Test func externalEntityIsNeverRead() {
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><title>Acme Status - Incident History</title>
            <item><title>Leak &x; here</title><link>https://status.acme.test/incidents/abc123def456</link>
            <description>&lt;p&gt;&lt;small&gt;Jan 1, 10:00 UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Resolved&lt;/strong&gt; - fixed &amp;x;&lt;/p&gt; &x;</description>
            </item></channel></rss>
            """
        let result = reader.read(Data(feed.utf8), file: "xxe.rss")
        let everything = result.incidents.map { "\($0)" }.joined() + (result.failure?.message ?? "")
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("/bin/"))
        if let incident = result.incidents.first {
            #expect(incident.id == "abc123def456")
            #expect(!incident.title.contains("root"))
        }
    }

    @Test func entityBombDoesNotExpand() {
        var entities = "<!ENTITY a0 \"lollollollollol\">"
        for level in 1...12 {
            entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ \(entities) ]>
            <rss version="2.0"><channel><title>&a12;</title>
            <item><title>&a12;</title><description>&a12;</description></item></channel></rss>
            """
        let result = reader.read(Data(feed.utf8), file: "bomb.rss")
        let size = result.incidents.map { $0.title.utf8.count + $0.vendor.utf8.count }.reduce(0, +)
        #expect(size < 10_000)
    }

    @Test func unrecognisedTextNamesWhatWasExpected() {
        let result = reader.read(Data("just some notes\nabout nothing\n".utf8), file: "notes.txt")
        #expect(result.failure?.reason == "unrecognised content")
        #expect(result.failure?.expected.contains("RSS or Atom feed") == true)
        let json = reader.read(Data("{\"hello\": 1}".utf8), file: "x.json")
        #expect(json.failure?.reason == "JSON of an unknown shape")
        let broken = reader.read(Data("{\"page\": {".utf8), file: "y.json")
        #expect(broken.failure?.reason.hasPrefix("the JSON is broken") == true)
        let html = reader.read(Data("<html><body><p>hello</p></body></html>".utf8), file: "z.html")
        #expect(html.failure?.reason.contains("HTML without Statuspage") == true)
    }

    @Test func brokenJSONIsPlacedByLineAndColumnNotByOffset() throws {
        // The bad value `x` is on line 3 after "é" (two bytes, one character) at column 22.
        let text = "{\"page\": {\"id\": \"p\"},\n \"incidents\": [\n {\"name\": \"é\", \"id\": x}]}"
        for (name, data) in [
            ("lf.json", Data(text.utf8)), ("crlf.json", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ] {
            let failure = try #require(reader.read(data, file: name).failure)
            #expect(failure.place == SourcePlace(file: name, line: 3, column: 22), "\(name): \(failure.message)")
            #expect(!failure.reason.contains("character"), "\(failure.reason)")
            #expect(failure.message.hasPrefix("\(name):3:22: "), "\(failure.message)")
        }
    }
}
