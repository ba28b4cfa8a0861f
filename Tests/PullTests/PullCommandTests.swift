import ArgumentParser
import Foundation
import GRDB
import Ingest
import Pull
import TestSupport
import Testing

@testable import PostmortemCLI

/// `postmortem pull` as the executable runs it: exit 1 when one URL failed while the others were
/// pulled, the `pull:` list of a configuration file, usage errors.
@Suite(.serialized) struct PullCommandTests {
    @Test func oneFailedURLExitsOneAndTheOthersAreStillPulled() throws {
        let site = try FixtureSite.site()
        let server = try LoopbackServer { request, _ in site.reply(request) }
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        var command = try PostmortemCommand.parseAsRoot([
            "pull", server.base + "/gone.json", server.base, "--db", path, "--interval", "0",
        ])
        #expect {
            try command.run()
        } throws: { error in
            (error as? ExitCode) == ExitCode(1)
        }
        let stored = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT path FROM source_document ORDER BY id")
        }
        #expect(stored == PullFaultTests.stored.map { server.base + $0 })
        #expect(server.log.first?.target == "/gone.json")
        #expect(server.log.first?.headers["user-agent"]?.hasPrefix("postmortem/0.1.0 (+https://") == true)
    }

    @Test func withoutURLsThePullListOfTheConfigurationIsPulled() throws {
        let site = try FixtureSite.site()
        let server = try LoopbackServer { request, _ in site.reply(request) }
        defer { server.stop() }
        let (folder, path) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("pm.yml")
        try "pull:\n  - url: \(server.base)\n    vendor: Fixtures\n".write(
            to: config, atomically: true, encoding: .utf8)
        var command = try PostmortemCommand.parseAsRoot([
            "pull", "--config", config.path, "--db", path, "--interval", "0",
        ])
        try command.run()
        #expect(server.log.map(\.target) == FixtureSite.targets)
    }

    @Test func theSummaryLineCountsWhatThePullDid() {
        var summary = PullSummary()
        summary.requests = 7
        summary.stored = ["a", "b"]
        summary.notModified = ["c"]
        summary.failures = [ReadFailure(file: "d", reason: "HTTP 500", expected: "x")]
        #expect(
            PullProgress.line(summary, archive: "pm.sqlite")
                == "pm.sqlite: 7 requests, 2 documents stored, 1 not modified, 1 failed")
    }

    @Test func aBadURLOrConfigurationIsAUsageError() throws {
        #expect(throws: (any Error).self) { try PostmortemCommand.parseAsRoot(["pull", "ftp://x.example"]) }
        #expect(throws: (any Error).self) {
            try PostmortemCommand.parseAsRoot(["pull", "--interval", "-1", "http://a"])
        }
        let (folder, _) = try PullSupport.archive()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("pm.yml")
        try "pull:\n  - url: nowhere\n".write(to: config, atomically: true, encoding: .utf8)
        var command = try PostmortemCommand.parseAsRoot(["pull", "--config", config.path])
        #expect {
            try command.run()
        } throws: { error in
            PostmortemCommand.exitCode(for: error) == .validationFailure
                && "\(error)".contains("pm.yml:2: `nowhere` is not a URL to pull")
        }
    }
}
