import Archive
import Foundation
import GRDB
import Pull
import TestSupport
import Testing

/// Issue 17's done-when: the 1,282 GitHub incidents pulled from a local copy of their status page
/// (latest 50 by the API, older ones only through the paginated `/history` pages) arrive whole, and a
/// second pull sends conditional requests only and changes nothing.
@Suite(.serialized) struct GitHubPullTests {
    @Test func pullingTheWholeGitHubHistoryImportsEveryIncidentAndASecondPullChangesNothing() throws {
        guard let folder = FixturePaths.sharedFixture("statuspage-json/github-incidents") else {
            print(FixturePaths.sharedSkipReason ?? "skipped")
            return
        }
        let github = try GitHubStatusSite(folder: folder)
        #expect(github.records.count == 1282)
        #expect(github.updateCount == 2801)
        let site = try github.site()
        let server = try LoopbackServer { request, _ in site.reply(request) }
        defer { server.stop() }
        let (temporary, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: temporary) }

        let first = try PullSupport.pull([server.base], into: path)
        #expect(first.failures.map(\.message) == [])
        let counts = try PullSupport.counts(path)
        #expect(counts["incidents"] == github.records.count)
        #expect(counts["updates"] == github.updateCount)
        let log = server.log
        let details = log.filter { $0.path.hasPrefix("/api/v2/incidents/") }.count
        let pages = log.filter { $0.path == "/history" }.count
        #expect(details == github.records.count - 50, "every incident past the API's 50 came through the pages")
        #expect(pages == site.documents.keys.filter { $0.hasPrefix("/history?") }.count)
        #expect(log.allSatisfy { !$0.isConditional })
        #expect(log.allSatisfy { $0.headers["user-agent"] == "postmortem-tests/1" })

        let before = try PullSupport.dump(path)
        server.clearLog()
        let second = try PullSupport.pull([server.base], into: path)
        #expect(second.failures.map(\.message) == [])
        #expect(second.stored == [])
        #expect(second.rebuild?.rebuilt == false)
        #expect(server.log.count == log.count)
        #expect(server.log.allSatisfy { $0.isConditional }, "the second pull sends conditional requests only")
        #expect(second.notModified.count == log.count)
        #expect(try PullSupport.dump(path) == before)
    }
}
