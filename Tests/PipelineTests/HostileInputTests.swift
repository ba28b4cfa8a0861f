import Foundation
import IncidentModel
import Pipeline
import TestSupport
import Testing

/// Broken and malicious inputs through the built `postmortem incidents`: every bad input gets one
/// stderr line naming it (and the line and column where the reader has them), the good input beside
/// it is still read, the exit code is 1, and nothing crashes, hangs or reads outside its input.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct HostileInputTests {
    /// A realistic feed with 6 incidents, read next to every hostile input.
    let good = FixturePaths.fixture("statuspage/kustomer-history.rss").path
    /// The incidents in `good`.
    let goodCount = 6
    /// A scratch folder, removed by the caller.
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    private func write(_ name: String, _ data: Data) throws -> String {
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    private func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    private func clean() { try? FileManager.default.removeItem(at: dir) }

    /// Runs `incidents good bad...` and checks the shared contract; returns the outcome.
    private func expectReported(_ bad: [String], reason: String? = nil) throws -> PostmortemProcess.Outcome {
        let outcome = try PostmortemProcess.run(["incidents", good] + bad)
        #expect(!outcome.signalled && !outcome.timedOut, "crashed or hung: \(outcome.stderr)")
        #expect(outcome.status == 1, "exit code \(outcome.status): \(outcome.stderr)")
        #expect(outcome.csvRows.count >= goodCount, "the good feed was not read")
        for path in bad {
            let lines = outcome.errorLines.filter { $0.hasPrefix(path + ":") }
            #expect(lines.count == 1, "expected one stderr line for \(path), got \(outcome.errorLines)")
            if let reason { #expect(lines.first?.contains(reason) == true, "\(lines)") }
        }
        #expect(!outcome.stderr.contains(good + ":"), "the good input was reported: \(outcome.stderr)")
        return outcome
    }

    /// One channel with the given items, as Statuspage writes them.
    private func feed(_ items: String, declaration: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>") -> String {
        declaration + "\n<rss version=\"2.0\"><channel><title>Acme Status - Incident History</title>"
            + "<link>https://status.acme.test</link>\n" + items + "</channel></rss>\n"
    }

    private func item(_ code: String, title: String = "Queue delays", body: String = "fixed") -> String {
        "<item><title>\(title)</title><description>&lt;p&gt;&lt;small&gt;Jan &lt;var data-var='date'&gt;1"
            + "&lt;/var&gt;, &lt;var data-var='time'&gt;10:00&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;"
            + "Resolved&lt;/strong&gt; - \(body)&lt;/p&gt;</description><pubDate>Wed, 01 Jan 2025 10:00:00 +0000"
            + "</pubDate><link>https://status.acme.test/incidents/\(code)</link></item>\n"
    }

    @Test func emptyAndZeroByteFilesAreNamed() throws {
        defer { clean() }
        let empty = try write("empty.rss", Data())
        let blank = try write("blank.json", "  \n\t\n")
        let outcome = try expectReported([empty, blank])
        #expect(outcome.stderr.contains("the input is empty"))
        #expect(outcome.stderr.contains("only whitespace"))
        #expect(outcome.csvRows.count == goodCount)
    }

    @Test func binaryJunkWithAndWithoutNULBytes() throws {
        defer { clean() }
        var state: UInt32 = 0x5EED
        func junk(_ count: Int, nul: Bool) -> Data {
            Data(
                (0..<count).map { _ in
                    state = state &* 1_103_515_245 &+ 12345
                    let byte = UInt8(truncatingIfNeeded: state >> 16)
                    return nul || byte != 0 ? byte : 0xFF
                })
        }
        let withNUL = try write("junk.html", junk(65_536, nul: true))
        let noNUL = try write("junk.rss", junk(65_536, nul: false))
        let outcome = try expectReported([withNUL, noNUL])
        #expect(outcome.csvRows.count == goodCount)
        let stdin = try PostmortemProcess.run(["incidents", "-"], input: junk(4096, nul: false))
        #expect(stdin.status == 1 && !stdin.signalled)
        #expect(stdin.errorLines.count == 1 && stdin.errorLines.first?.hasPrefix("-: ") == true)
    }

    @Test func truncatedFeedsNameLineAndColumn() throws {
        defer { clean() }
        let whole = try Data(contentsOf: URL(fileURLWithPath: good))
        var cut: [String] = []
        for fraction in [0.3, 0.6, 0.95] {
            let name = "cut-\(Int(fraction * 100)).rss"
            cut.append(try write(name, whole.prefix(Int(Double(whole.count) * fraction))))
        }
        let outcome = try expectReported(cut)
        for path in cut {
            let line = outcome.errorLines.first { $0.hasPrefix(path + ":") } ?? ""
            let place = line.dropFirst(path.count + 1).split(separator: ":").prefix(2)
            #expect(place.count == 2 && place.allSatisfy { Int($0) != nil }, "no line:column in \(line)")
        }
    }

    @Test func truncatedHTMLPagesDoNotCrashOrStopOtherInputs() throws {
        defer { clean() }
        let page = try Data(contentsOf: FixturePaths.fixture("statuspage/kustomer-2025-01-10-incident.html"))
        let half = try write("half.html", page.prefix(page.count / 2))
        let tiny = try write("tiny.html", page.prefix(300))
        let outcome = try PostmortemProcess.run(["incidents", good, half, tiny])
        #expect(!outcome.signalled && !outcome.timedOut)
        #expect(outcome.csvRows.count >= goodCount)
        // A page cut before its title is a failure; one cut later keeps what it holds.
        #expect(outcome.errorLines.contains { $0.hasPrefix(tiny + ":") })
        #expect(outcome.status == 1)
    }

    @Test func invalidUTF8IsPlacedAndLatin1DeclaredFeedIsDecoded() throws {
        defer { clean() }
        var bytes = Array(feed(item("utf8bad00001", title: "Bad ")).utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "B"))!
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: at + 3)
        let bad = try write("bad-utf8.rss", Data(bytes))
        let outcome = try expectReported([bad])
        #expect(outcome.stderr.contains(bad + ":3:17:"), "not placed at the bad bytes: \(outcome.stderr)")

        var latin1 = Array(
            feed(item("latin1000001", title: "Caf"), declaration: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
                .utf8)
        let cafe = latin1.firstIndex(of: UInt8(ascii: "C"))!
        latin1.insert(0xE9, at: cafe + 3)  // "Café" in ISO-8859-1
        let declared = try write("latin1.rss", Data(latin1))
        let read = try PostmortemProcess.run(["incidents", declared])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("latin1000001") && read.stdout.contains("Café"), "\(read.stdout)")
    }

    @Test func twoHundredMegabyteFeedIsReadWhole() throws {
        defer { clean() }
        // 2,000 real items, each followed by a 100 KB comment: 200 MB through the streaming reader,
        // fast enough for a debug build (the benchmark times a 185 MB feed of 100,000 items).
        let path = dir.appendingPathComponent("big.rss").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let padding = Data(("<!-- " + String(repeating: "padding ", count: 12_800) + "-->\n").utf8)
        try handle.write(contentsOf: Data(feed("").components(separatedBy: "</channel>")[0].utf8))
        for index in 0..<2000 {
            try handle.write(contentsOf: Data(item(String(format: "big%09d", index), title: "Incident \(index)").utf8))
            try handle.write(contentsOf: padding)
        }
        try handle.write(contentsOf: Data("</channel></rss>\n".utf8))
        try handle.close()
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size > 200_000_000)
        let outcome = try PostmortemProcess.run(["incidents", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.csvRows.count == 2000)
        #expect(outcome.csvRows.last?.hasPrefix("big000001999,") == true)
    }

    @Test func deepNestingIsRefusedNotRecursed() throws {
        defer { clean() }
        let depth = 100_000
        let json = try write(
            "deep.json",
            "{\"page\":{\"id\":\"p\",\"name\":\"A\"},\"incidents\":" + String(repeating: "[", count: depth)
                + String(repeating: "]", count: depth) + "}")
        let xml = try write(
            "deep.rss",
            feed(
                "<item><title>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
                    + "</title></item>"))
        let html = try write(
            "deep.html",
            "<html><body>" + String(repeating: "<div>", count: depth)
                + "<div class=\"incident-name\">x</div></body></html>")
        let outcome = try expectReported([json, xml, html])
        #expect(outcome.stderr.contains(xml + ":3:"), "\(outcome.stderr)")
    }

    @Test func entityExpansionIsBounded() throws {
        defer { clean() }
        var laughs = "<!ENTITY a0 \"lollollollollol\">"
        for level in 1...10 {
            laughs += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let bomb = try write(
            "bomb.rss",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(laughs)]>\n"
                + feed(item("bomb00000001", title: "&a10;"), declaration: "").dropFirst())
        // Quadratic blow-up: a 50 KB entity referenced 20,000 times (1 GB if expanded).
        let quadratic = try write(
            "quadratic.rss",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e0 \"" + String(repeating: "A", count: 1000)
                + "\"><!ENTITY e1 \"" + String(repeating: "&e0;", count: 50) + "\">]>\n"
                + feed(item("quad00000001", body: String(repeating: "&e1;", count: 20_000)), declaration: "")
                .dropFirst())
        let outcome = try PostmortemProcess.run(["incidents", good, bomb, quadratic], timeout: 30)
        #expect(!outcome.signalled && !outcome.timedOut)
        #expect(outcome.stdout.utf8.count < 1_000_000, "an entity was expanded: \(outcome.stdout.utf8.count) bytes")
        #expect(outcome.csvRows.count >= goodCount)
        #expect(outcome.errorLines.contains { $0.hasPrefix(bomb + ":") })
    }

    @Test func filesOutsideTheInputAreNeverOpened() throws {
        defer { clean() }
        let secret = try write("secret.txt", "TOPSECRET-4711")
        // A FIFO blocks whoever opens it until a writer comes: a run that opened it would hang.
        let fifo = dir.appendingPathComponent("trap").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var inputs: [String] = []
        for (index, target) in [secret, fifo].enumerated() {
            inputs.append(
                try write(
                    "entity-\(index).rss",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file://\(target)\">]>\n"
                        + feed(
                            item("xxe00000000\(index)", title: "Leak &x; here", body: "&amp;x; &x;"), declaration: ""
                        )
                        .dropFirst()))
            inputs.append(
                try write(
                    "dtd-\(index).rss",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"\(target)\">\n"
                        + feed(item("dtd00000000\(index)"), declaration: "").dropFirst()))
            inputs.append(
                try write(
                    "xinclude-\(index).atom",
                    "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                        + "xmlns:xi=\"http://www.w3.org/2001/XInclude\"><title>Acme Status - Incident History</title>"
                        + "<entry><id>tag:status.acme.test,2005:Incident/\(index)</id><title>Inc <xi:include href=\"\(target)\" "
                        + "parse=\"text\"/></title><published>2025-01-01T10:00:00Z</published>"
                        + "<updated>2025-01-01T10:00:00Z</updated><link rel=\"alternate\" type=\"text/html\" "
                        + "href=\"https://status.acme.test/incidents/xinc0000000\(index)\"/><content type=\"html\">"
                        + "&lt;p&gt;&lt;small&gt;Jan 1, 10:00 UTC&lt;/small&gt;&lt;br&gt;&lt;strong&gt;Resolved"
                        + "&lt;/strong&gt; - fixed&lt;/p&gt;</content></entry></feed>"))
            inputs.append(
                try write(
                    "page-\(index).html",
                    "<!DOCTYPE html [<!ENTITY x SYSTEM \"file://\(target)\">]><html><body>"
                        + "<div class=\"incident-name\">Leak &x;</div><iframe src=\"file://\(target)\"></iframe>"
                        + "<div class=\"row update-row\"><div class=\"update-title\">Resolved</div><div class=\"update-body\">"
                        + "x &x;</div><div class=\"update-timestamp\">Posted Jan 1, 2025 - 10:00 UTC</div></div></body></html>"
                ))
        }
        let outcome = try PostmortemProcess.run(["incidents"] + inputs, timeout: 30)
        #expect(!outcome.timedOut, "a run opened the FIFO named by an entity, DTD or XInclude")
        #expect(!outcome.signalled)
        #expect(!outcome.stdout.contains("TOPSECRET") && !outcome.stderr.contains("TOPSECRET"))
        #expect(outcome.stdout.contains("xxe000000000"), "the feed around the entity was not read")
    }

    @Test func absurdDatesDoNotCrashAndImpossibleOnesGetNoInstant() throws {
        defer { clean() }
        let pubDates = [
            "Sat, 01 Jan 0000 00:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 +0000", "Mon, 31 Feb 2025 10:00:00 +0000",
            "Mon, 01 Foo 2025 10:00:00 +0000", "Mon, 01 Jan 2025 99:99:99 +0000",
        ]
        var items = ""
        for (index, date) in pubDates.enumerated() {
            items += item("absurd00000\(index)").replacingOccurrences(of: "Wed, 01 Jan 2025 10:00:00 +0000", with: date)
        }
        let rss = try write("absurd.rss", feed(items))
        let json = FixturePaths.packageRoot.appendingPathComponent("Tests/HostileInputs/absurd-dates.json").path
        let outcome = try PostmortemProcess.run(["incidents", rss, json])
        #expect(!outcome.signalled && !outcome.timedOut)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.csvRows.count == pubDates.count + 1)
        // Through the library: February 31 is kept as written with no instant; year 9999 stays 9999.
        let loaded = IncidentLoader().load([json])
        let updates = loaded.incidents.flatMap(\.updates)
        let february = try #require(updates.first { $0.written.text.contains("2025-02-31") })
        #expect(february.written.exact == nil, "February 31 became \(String(describing: february.written.exact))")
        let last = try #require(updates.first { $0.written.text.hasPrefix("9999-12-31") })
        let year = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "UTC")!, from: last.written.exact!
        ).year
        #expect(year == 9999)
    }

    @Test func hundredThousandUpdatesInOneIncident() throws {
        defer { clean() }
        var updates: [String] = []
        updates.reserveCapacity(100_000)
        func time(_ minutes: Int) -> String {  // minutes after 2025-01-01T00:00Z, within Jan-Mar 2025
            var day = minutes / 1440
            var month = 1
            for length in [31, 28] where day >= length {
                day -= length
                month += 1
            }
            let clock = minutes % 1440
            return String(format: "2025-%02d-%02dT%02d:%02d:00Z", month, day + 1, clock / 60, clock % 60)
        }
        for index in (0..<100_000).reversed() {
            let time = time(index)
            updates.append(
                "{\"id\":\"u\(index)\",\"status\":\"identified\",\"body\":\"step \(index)\",\"created_at\":\"\(time)\","
                    + "\"display_at\":\"\(time)\",\"affected_components\":null}")
        }
        let json = try write(
            "long.json",
            "{\"page\":{\"id\":\"p1\",\"name\":\"Acme\",\"url\":\"https://status.acme.test\",\"time_zone\":\"Etc/UTC\"},"
                + "\"incident\":{\"id\":\"long00000001\",\"name\":\"Long incident\",\"status\":\"identified\","
                + "\"created_at\":\"2025-01-01T00:00:00Z\",\"impact\":\"minor\",\"shortlink\":\"https://stspg.io/x\","
                + "\"components\":[],\"incident_updates\":[" + updates.joined(separator: ",") + "]}}")
        // A debug build on a busy 2-core machine needs tens of seconds here; the limit only catches a hang.
        let outcome = try PostmortemProcess.run(["incidents", json], timeout: 300)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let row = outcome.csvRows.first ?? ""
        let header = outcome.stdout.split(whereSeparator: \.isNewline).first.map { $0.split(separator: ",") } ?? []
        let fields = row.split(separator: ",", omittingEmptySubsequences: false)
        func field(_ name: String) -> String? {
            header.firstIndex(of: Substring(name)).flatMap { $0 < fields.count ? String(fields[$0]) : nil }
        }
        #expect(field("incident_id") == "long00000001", "\(row)")
        #expect(field("updates") == "100000", "\(row)")
        #expect(field("first_update") == "2025-01-01T00:00:00Z", "\(row)")
    }

    @Test func unreadableFileIsNamedWithItsReason() throws {
        // /proc/self/mem exists but cannot be read from offset 0, even by root.
        try #require(FileManager.default.fileExists(atPath: "/proc/self/mem"), "needs Linux /proc")
        let outcome = try expectReported(["/proc/self/mem"], reason: "cannot be read")
        #expect(outcome.csvRows.count == goodCount)
    }

    @Test(.enabled(if: getuid() != 0, "skipped: running as root, where chmod 000 does not stop reading a folder"))
    func unreadableFolderIsNamed() throws {
        defer {
            chmod(dir.appendingPathComponent("locked").path, 0o755)
            clean()
        }
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        _ = try write("locked/inside.rss", feed(item("locked000001")))
        #expect(chmod(locked.path, 0) == 0)
        let outcome = try expectReported([locked.path], reason: "permission denied")
        #expect(!outcome.stdout.contains("locked000001"))
    }

    @Test func missingPathIsNamedAndOthersRead() throws {
        defer { clean() }
        let missing = dir.appendingPathComponent("no/such/history.rss").path
        let outcome = try expectReported([missing], reason: "no such file or folder")
        #expect(outcome.csvRows.count == goodCount)
    }
}
