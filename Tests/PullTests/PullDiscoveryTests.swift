import Archive
import Foundation
import GRDB
import Pull
import TestSupport
import Testing

/// What a pull asks for, in which order, when the API is closed, when a feed changes, and how far
/// apart its requests to one host are (all read from the server's log).
@Suite(.serialized) struct PullDiscoveryTests {
    /// A site that can change between two pulls.
    final class SiteBox: @unchecked Sendable {
        private let lock = NSLock()
        private var current: StaticSite
        init(_ site: StaticSite) { current = site }
        var site: StaticSite {
            get { lock.withLock { current } }
            set { lock.withLock { current = newValue } }
        }
    }

    @Test func withTheAPIClosedTheHistoryPagesLeadToEachIncidentsPage() throws {
        var site = StaticSite()
        let root = FixturePaths.fixtures
        site.add(
            "/history?page=1", try Data(contentsOf: root.appendingPathComponent("statuspage/acme-cloud-history.html")),
            type: "text/html")
        let codes = ["t6m1xc8gv4pd", "f2r7nb5yk3jq", "b9s5lw2hq7ry", "h4d9wz6pl0cs", "q8v3kx1m2n7t"]
        let page = try Data(contentsOf: root.appendingPathComponent("statuspage/kustomer-2025-01-10-incident.html"))
        for code in codes { site.add("/incidents/\(code)", page, type: "text/html") }
        let server = try LoopbackServer { [site] request, _ in site.reply(request) }
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try PullSupport.pull([server.base], into: path)
        #expect(summary.failures.map(\.message) == [])
        #expect(
            server.log.map(\.target) == [
                "/api/v2/incidents.json", "/api/v2/summary.json", "/history.atom", "/history.rss", "/history?page=1",
                "/history?page=2",
            ] + codes.map { "/incidents/\($0)" })
        #expect(summary.stored == (["/history?page=1"] + codes.map { "/incidents/\($0)" }).map { server.base + $0 })
        #expect(summary.absent.count == 5)
    }

    @Test func aFeedThatChangesBetweenTwoPullsIsStoredAgainWithItsNewValidators() throws {
        guard let series = FixturePaths.sharedFixture("statuspage/github-history-atom-series") else {
            print(FixturePaths.sharedSkipReason ?? "skipped")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(at: series, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "atom" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let snapshots = try files.prefix(2).map { try Data(contentsOf: $0) }
        func site(_ feed: Data) -> StaticSite {
            var site = StaticSite()
            site.add("/history.atom", feed, type: "application/atom+xml")
            return site
        }
        let box = SiteBox(site(snapshots[0]))
        let server = try LoopbackServer { request, _ in box.site.reply(request) }
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feedURL = server.base + "/history.atom"
        let first = try PullSupport.pull([server.base], into: path)
        #expect(first.stored == [feedURL])
        box.site = site(snapshots[1])
        server.clearLog()
        let second = try PullSupport.pull([server.base], into: path)
        #expect(second.failures.map(\.message) == [])
        #expect(second.stored == [feedURL])
        #expect(server.log.first { $0.target == "/history.atom" }?.isConditional == true)
        #expect(second.rebuild?.rebuilt == true)
        #expect((second.rebuild?.revisions ?? 0) > 0)
        let fetches = try IncidentArchive(path: path, create: false).fetches().filter { $0.url == feedURL }
        #expect(fetches.map(\.etag) == snapshots.map { "\"\(StaticSite.tag($0))\"" })
        #expect(fetches.map(\.status) == [200, 200])
        let union = Set(snapshots.flatMap { Self.codes(in: $0) })
        let incidents = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents") ?? 0
        }
        #expect(incidents == union.count, "every incident either snapshot held, once")
        let third = try PullSupport.pull([server.base], into: path)
        #expect(third.notModified == [feedURL])
        #expect(third.rebuild?.rebuilt == false)
    }

    /// The incident codes a feed links, counted without the project's readers.
    static func codes(in feed: Data) -> [String] {
        let text = String(decoding: feed, as: UTF8.self)
        return text.components(separatedBy: "/incidents/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func googleCloudsIncidentListIsFoundWhenNoStatuspageAnswersAndADocumentURLIsFetchedAlone() throws {
        var site = StaticSite()
        let list = try Data(contentsOf: FixturePaths.fixtures.appendingPathComponent("google-cloud/incidents.json"))
        site.add("/incidents.json", list, type: "application/json")
        let server = try LoopbackServer { [site] request, _ in site.reply(request) }
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try PullSupport.pull([server.base], into: path)
        #expect(summary.failures.map(\.message) == [])
        #expect(summary.stored == [server.base + "/incidents.json"])
        #expect(server.log.last?.target == "/incidents.json")
        #expect(summary.rebuild?.incidents == 2)
        server.clearLog()
        let direct = try PullSupport.pull([server.base + "/incidents.json"], into: path)
        #expect(server.log.map(\.target) == ["/incidents.json"])
        #expect(direct.notModified == [server.base + "/incidents.json"])
    }

    @Test func aServerWithoutETagsGetsIfModifiedSince() throws {
        var site = try FixtureSite.site()
        site.etags = false
        let server = try LoopbackServer { [site] request, _ in site.reply(request) }
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try PullSupport.pull([server.base], into: path)
        #expect(first.stored.count == 4)
        let before = try PullSupport.dump(path)
        server.clearLog()
        let second = try PullSupport.pull([server.base], into: path)
        #expect(second.notModified.count == 4)
        let asked = server.log.filter { site.documents[$0.target] != nil }
        #expect(asked.count == 4)
        #expect(asked.allSatisfy { $0.headers["if-modified-since"] == site.lastModified })
        #expect(asked.allSatisfy { $0.headers["if-none-match"] == nil })
        #expect(try PullSupport.dump(path) == before)
    }

    @Test func requestsToOneHostAreSpacedByTheIntervalRetriesIncluded() throws {
        let site = try FixtureSite.site()
        let error = LoopbackServer.Reply.respond(status: 500, headers: [:], body: Data())
        let server = try LoopbackServer(handler: FixtureSite.handler(site, fault: "/api/v2/incidents.json", error))
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = PullPolicy(baseDelay: 0, jitter: 0, hostInterval: 0.2, readTimeout: 10)
        let summary = try PullSupport.pull([server.base], into: path, policy: policy)
        #expect(summary.failures.map(\.message) == [])
        let arrivals = server.log.map(\.arrival)
        #expect(arrivals.count == FixtureSite.targets.count + 1)
        let gaps = zip(arrivals.dropFirst(), arrivals).map { $0 - $1 }
        #expect(gaps.allSatisfy { $0 >= 0.15 }, "\(gaps)")
    }
}
