import Foundation
import IncidentModel
import Ingest
import TestSupport
import Testing

/// `IncidentReader.read(contentsOf:each:)` and `read(_:file:each:)` against the whole-input reading.
@Suite struct StreamingReadTests {
    var reader = IncidentReader()

    /// A Statuspage-style RSS feed of `count` items, each with a few updates, after a junk line.
    static func feed(count: Int, atom: Bool = false) -> String {
        var text = "# saved from a browser\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text +=
            atom
            ? "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Acme Status - Incident History</title>\n"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"https://status.acme.test\"/>\n"
            : "<rss version=\"2.0\"><channel><title>Acme Status - Incident History</title>\n"
                + "<link>https://status.acme.test</link>\n"
        let labels = ["Investigating", "Identified", "Update", "Monitoring", "Resolved"]
        for index in 0..<count {
            let code = String(format: "inc%09d", index)
            var body = "\n"
            for update in (0..<(1 + index % 5)).reversed() {
                let minute = String(format: "%02d", (index + update * 7) % 60)
                body +=
                    "&lt;p&gt;&lt;small&gt;Jan &lt;var data-var='date'&gt;\(1 + index % 28)&lt;/var&gt;, "
                    + "&lt;var data-var='time'&gt;1\(update):\(minute)&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;"
                    + "&lt;strong&gt;\(labels[update])&lt;/strong&gt; - Step \(update) of incident \(index): "
                    + "we are looking at élevated errors &amp;amp; latency.&lt;/p&gt;"
            }
            let day = 1 + index % 28
            if atom {
                text +=
                    "<entry><id>tag:status.acme.test,2005:Incident/\(index)</id>"
                    + "<published>2025-01-\(String(format: "%02d", day))T10:00:00Z</published>"
                    + "<link rel=\"alternate\" type=\"text/html\" href=\"https://status.acme.test/incidents/\(code)\"/>"
                    + "<title>Incident \(index)</title><content type=\"html\">\(body)  </content></entry>\n"
            } else {
                text +=
                    "<item><title>Incident \(index)</title><description>\(body)  </description>"
                    + "<pubDate>Wed, \(day) Jan 2025 10:00:00 +0000</pubDate>"
                    + "<link>https://status.acme.test/incidents/\(code)</link></item>\n"
            }
        }
        return text + (atom ? "</feed>\n" : "</channel></rss>\n")
    }

    static func write(_ text: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("streaming-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Reads the file both ways and expects the same incidents, format and failure.
    func expectSame(_ path: String, file: String? = nil) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let whole = reader.read(data, file: path)
        var streamed: [Incident] = []
        let result = reader.read(contentsOf: path) { streamed.append($0) }
        #expect(result.incidents.isEmpty)
        #expect(result.format == whole.format, "\(path)")
        #expect(result.failure == whole.failure, "\(path)")
        if whole.failure == nil { #expect(streamed == whole.incidents, "\(path)") }
        var fromData: [Incident] = []
        let dataResult = reader.read(data, file: path) { fromData.append($0) }
        #expect(dataResult.incidents.isEmpty && dataResult.failure == whole.failure)
        if whole.failure == nil { #expect(fromData == whole.incidents, "\(path)") }
    }

    @Test(arguments: [false, true]) func multiMegabyteFeedStreamsToTheSameIncidents(atom: Bool) throws {
        let text = Self.feed(count: 3000, atom: atom)
        #expect(text.utf8.count > 2_000_000)
        let path = try Self.write(text, atom ? "big.atom" : "big.rss")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try expectSame(path)
        var count = 0
        _ = reader.read(contentsOf: path) { incident in
            count += 1
            #expect(incident.sourceFormat == (atom ? .statuspageAtom : .statuspageRSS))
        }
        #expect(count == 3000)
    }

    @Test func truncatedFeedDeliversTheEarlyIncidentsAndFailsWithTheLine() throws {
        let text = Self.feed(count: 200)
        let cut = String(text.prefix(text.utf8.count * 2 / 3))
        let path = try Self.write(cut, "cut.rss")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var delivered = 0
        let result = reader.read(contentsOf: path) { _ in delivered += 1 }
        #expect(delivered > 100 && delivered < 200)
        let failure = try #require(result.failure)
        #expect(failure.expected == "a well-formed RSS feed")
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(failure.place.line == lines, "the failure is placed on the last line, junk line counted")
        #expect(reader.read(Data(cut.utf8), file: path).incidents.isEmpty)
        #expect(reader.read(Data(cut.utf8), file: path).failure == failure)
    }

    @Test func pathThatCannotBeReadFailsAsTheLoaderSaysIt() throws {
        let missing = reader.read(contentsOf: "/nonexistent/feed.rss") { _ in Issue.record("delivered") }
        #expect(missing.failure?.reason == "the file no longer exists (removed after it was named)")
        #expect(missing.failure?.expected == "a readable file")
        let folder = reader.read(contentsOf: FileManager.default.temporaryDirectory.path) { _ in }
        #expect(folder.failure?.reason == "not a regular file")
        #expect(folder.failure?.expected == "a regular file")
    }

    @Test func smallDocumentsAreDeliveredThroughTheClosure() throws {
        let markdown = "# Outage\n\n## Timeline\n\n- 10:00 UTC alerts fired\n"
        let path = try Self.write(markdown, "note.md")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try expectSame(path)
    }

    @Test(.enabled(if: SharedFixture.available, "needs ../shared/fixtures"))
    func everySharedFixtureReadsTheSameEitherWay() throws {
        let root = try #require(FixturePaths.shared)
        // The 1,282 GitHub JSON files are one format: ten of them stand for the rest.
        let github = SharedFixture.allFiles(under: "statuspage-json/github-incidents")
        for relative in SharedFixture.allFiles() where !github.dropFirst(10).contains(relative) {
            try expectSame(root.appendingPathComponent(relative).path)
        }
    }
}
