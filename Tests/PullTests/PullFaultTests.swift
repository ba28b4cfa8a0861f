import Archive
import Foundation
import GRDB
import Pull
import TestSupport
import Testing

/// Faults on the wire against a real server on 127.0.0.1: each ends with the archive whole (the
/// other documents stored, nothing of the failed URL) and a message naming the URL and what went wrong.
@Suite(.serialized) struct PullFaultTests {
    /// Pulls the fixture site served with `handler`, returning the summary, the server's log and the
    /// archived paths.
    static func pull(
        _ handler: @escaping LoopbackServer.Handler, policy: PullPolicy = PullSupport.quick,
        clock: PullClock = .system
    ) throws -> (PullSummary, [LoopbackServer.Request], paths: [String], base: String) {
        let server = try LoopbackServer(handler: handler)
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try PullSupport.pull([server.base], into: path, policy: policy, clock: clock)
        let paths = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT path FROM source_document ORDER BY id")
        }
        return (summary, server.log, paths.map { String($0.dropFirst(server.base.count)) }, server.base)
    }

    static let stored = ["/api/v2/incidents.json", "/api/v2/summary.json", "/history.atom", "/history.rss"]

    @Test func aServerErrorIsRetriedAfterTheBackoffAndThenStored() throws {
        let site = try FixtureSite.site()
        let error = LoopbackServer.Reply.respond(status: 500, headers: [:], body: Data("oops".utf8))
        let policy = PullPolicy(baseDelay: 0.2, jitter: 0, hostInterval: 0, readTimeout: 10)
        let (summary, log, paths, _) = try Self.pull(
            FixtureSite.handler(site, fault: "/api/v2/incidents.json", error), policy: policy)
        #expect(summary.failures.map(\.message) == [])
        #expect(paths == Self.stored)
        let asked = log.filter { $0.target == "/api/v2/incidents.json" }
        #expect(asked.count == 2)
        #expect(log.map(\.target) == [FixtureSite.targets[0]] + FixtureSite.targets)
        if asked.count == 2 { #expect(asked[1].arrival - asked[0].arrival >= 0.2, "the retry waited the backoff") }
    }

    @Test func tooManyRequestsWaitsForRetryAfterThenGetsThrough() throws {
        let site = try FixtureSite.site()
        let busy = LoopbackServer.Reply.respond(status: 429, headers: ["Retry-After": "1"], body: Data())
        let (summary, log, paths, _) = try Self.pull(FixtureSite.handler(site, fault: "/history.atom", busy))
        #expect(summary.failures.map(\.message) == [])
        #expect(paths == Self.stored)
        let asked = log.filter { $0.target == "/history.atom" }
        #expect(asked.count == 2)
        if asked.count == 2 { #expect(asked[1].arrival - asked[0].arrival >= 1.0, "Retry-After: 1 was honoured") }
    }

    @Test func aRetryAfterLongerThanAllowedFailsTheURLWithoutWaiting() throws {
        let site = try FixtureSite.site()
        let busy = LoopbackServer.Reply.respond(status: 503, headers: ["Retry-After": "3600"], body: Data())
        let recorder = RecordingClock()
        let (summary, log, paths, base) = try Self.pull(
            FixtureSite.handler(site, fault: "/history.atom", times: 9, busy), clock: recorder.clock)
        #expect(
            summary.failures.map(\.message) == [
                "\(base)/history.atom: cannot read the input: HTTP 503 (Retry-After 3600 s is longer than the 300 s "
                    + "allowed); expected a status page's feed"
            ])
        #expect(log.filter { $0.target == "/history.atom" }.count == 1)
        #expect(recorder.sleeps.isEmpty)
        #expect(paths == Self.stored.filter { $0 != "/history.atom" })
    }

    @Test func aBodyCutHalfwayIsRetriedAndThenReportedWithTheArchiveWhole() throws {
        let site = try FixtureSite.site()
        let body = site.documents["/history.rss"]!.body
        let cut = LoopbackServer.Reply.cut(status: 200, headers: [:], body: body, sent: body.count / 2)
        let (summary, log, paths, base) = try Self.pull(FixtureSite.handler(site, fault: "/history.rss", times: 9, cut))
        #expect(log.filter { $0.target == "/history.rss" }.count == PullSupport.quick.attempts)
        #expect(summary.failures.count == 1)
        let message = summary.failures.first?.message ?? ""
        #expect(message.hasPrefix("\(base)/history.rss: cannot read the input: the connection closed before"))
        #expect(message.contains("after 4 attempts"))
        #expect(paths == Self.stored.filter { $0 != "/history.rss" })
    }

    @Test func aBodyCutOnceIsFetchedWholeOnTheRetry() throws {
        let site = try FixtureSite.site()
        let body = site.documents["/history.rss"]!.body
        let cut = LoopbackServer.Reply.cut(status: 200, headers: [:], body: body, sent: body.count / 2)
        let (summary, log, paths, _) = try Self.pull(FixtureSite.handler(site, fault: "/history.rss", cut))
        #expect(summary.failures.map(\.message) == [])
        #expect(log.filter { $0.target == "/history.rss" }.count == 2)
        #expect(paths == Self.stored)
    }

    @Test func aResetConnectionIsRetried() throws {
        let site = try FixtureSite.site()
        let (summary, log, paths, _) = try Self.pull(FixtureSite.handler(site, fault: "/api/v2/summary.json", .reset))
        #expect(summary.failures.map(\.message) == [])
        #expect(log.filter { $0.target == "/api/v2/summary.json" }.count == 2)
        #expect(paths == Self.stored)
    }

    @Test func aSlowBodyPastTheReadTimeoutFailsOnceAndIsNotRetried() throws {
        let site = try FixtureSite.site()
        let body = site.documents["/history.atom"]!.body
        let slow = LoopbackServer.Reply.stall(status: 200, headers: [:], body: body, sent: 100, pause: 6)
        let policy = PullPolicy(baseDelay: 0, jitter: 0, hostInterval: 0, readTimeout: 2, totalTimeout: 30)
        let (summary, log, paths, base) = try Self.pull(
            FixtureSite.handler(site, fault: "/history.atom", times: 9, slow), policy: policy)
        #expect(
            summary.failures.map(\.message) == [
                "\(base)/history.atom: cannot read the input: no response within the timeout; expected a status page's feed"
            ])
        #expect(log.filter { $0.target == "/history.atom" }.count == 1)
        #expect(paths == Self.stored.filter { $0 != "/history.atom" })
    }

    @Test func aRedirectLoopStopsAtTheBound() throws {
        let site = try FixtureSite.site()
        let handler: LoopbackServer.Handler = { request, _ in
            switch request.target {
            case "/history.atom", "/loop-b": .respond(status: 302, headers: ["Location": "/loop-a"], body: Data())
            case "/loop-a": .respond(status: 302, headers: ["Location": "/loop-b"], body: Data())
            default: site.reply(request)
            }
        }
        let policy = PullPolicy(baseDelay: 0, jitter: 0, hostInterval: 0, maxRedirects: 3)
        let (summary, log, paths, base) = try Self.pull(handler, policy: policy)
        #expect(log.filter { ["/history.atom", "/loop-a", "/loop-b"].contains($0.target) }.count == 4)
        #expect(summary.failures.count == 1)
        #expect(
            summary.failures.first?.message.hasPrefix(
                "\(base)/history.atom: cannot read the input: more than 3 redirects") == true)
        #expect(paths == Self.stored.filter { $0 != "/history.atom" })
    }

    @Test func anHTMLErrorPageServedAsJSONIsReportedAndNotStored() throws {
        let site = try FixtureSite.site()
        let page = Data("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><p>Try again later.</p></body></html>".utf8)
        let fault = LoopbackServer.Reply.respond(status: 200, headers: ["Content-Type": "application/json"], body: page)
        let (summary, log, paths, base) = try Self.pull(
            FixtureSite.handler(site, fault: "/api/v2/incidents.json", times: 9, fault))
        #expect(
            summary.failures.map(\.message) == [
                "\(base)/api/v2/incidents.json: cannot read the input: the body reads as postmortem-html, served as "
                    + "application/json; expected the Statuspage API's incident list"
            ])
        #expect(!paths.contains("/api/v2/incidents.json"))
        #expect(paths == ["/api/v2/summary.json", "/history.atom", "/history.rss"], "the others are still pulled")
        #expect(!log.contains { $0.target == "/api/v2/scheduled-maintenances.json" }, "the API counts as closed")
    }

    @Test func aBodyOverTheSizeLimitIsRefused() throws {
        let site = try FixtureSite.site()
        let limit = 10_650
        #expect(site.documents["/history.atom"]!.body.count <= limit)
        #expect(site.documents["/history.rss"]!.body.count > limit)
        #expect(site.documents["/api/v2/incidents.json"]!.body.count > limit)
        let policy = PullPolicy(baseDelay: 0, jitter: 0, hostInterval: 0, maxBodySize: limit)
        let (summary, _, paths, base) = try Self.pull({ request, _ in site.reply(request) }, policy: policy)
        #expect(
            summary.failures.map(\.file) == [
                "\(base)/api/v2/incidents.json", "\(base)/history.rss",
            ])
        #expect(summary.failures.allSatisfy { $0.reason.contains("over the limit of \(limit)") })
        #expect(paths == ["/api/v2/summary.json", "/history.atom"], "the others are still pulled")
    }

    @Test func aSiteWithNothingToPullIsAFailureNamingIt() throws {
        let (summary, log, paths, base) = try Self.pull { _, _ in
            .respond(status: 404, headers: [:], body: Data())
        }
        #expect(paths == [])
        #expect(summary.failures.map(\.file) == [base])
        #expect(log.map(\.target).last == "/incidents.json")
    }
}
