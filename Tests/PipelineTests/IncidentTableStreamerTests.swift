import Foundation
import IncidentModel
import Ingest
import Reporting
import TestSupport
import Testing

@testable import Pipeline

/// The streaming `incidents` path must write exactly what the whole-set path writes.
@Suite struct IncidentTableStreamerTests {
    /// The whole-set path: load (merging), measure, sort, render.
    private func wholeSet(_ paths: [String], stdin: Data = Data()) -> (csv: String, failures: [String]) {
        let builder = ReportBuilder()
        let result = builder.loader.load(paths) { stdin }
        let measured = builder.measure(result.incidents).sorted(by: MeasuredIncident.chronological)
        return (IncidentsCSV.table.render(measured), result.failures.map(\.message))
    }

    /// The streaming path through a file, with a small row budget so rows spill to scratch runs.
    private func streamed(_ paths: [String], budget: Int, width: Int = 2, stdin: Data = Data()) throws -> (
        outcome: IncidentTableStreamer.Outcome, csv: String
    ) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("incidents.csv")
        var outcome: IncidentTableStreamer.Outcome?
        try AtomicFileWriter().write(to: target) { sink in
            outcome = try IncidentTableStreamer(builder: ReportBuilder(), width: width, rowBudget: budget)
                .write(paths, to: sink, standardInput: { stdin })
        }
        return (try #require(outcome), try String(contentsOf: target, encoding: .utf8))
    }

    @Test func feedsWithoutSharedIncidentsStreamToTheSameFile() throws {
        let feeds =
            ["kustomer-history.rss", "legacy-2014.rss"].map {
                FixturePaths.fixtures.appendingPathComponent("statuspage/\($0)").path
            }
            + [FixturePaths.fixtures.appendingPathComponent("lambstatus/history.rss").path]
        for budget in [256, 4 << 20] {
            let (outcome, csv) = try streamed(feeds, budget: budget)
            guard case .written(let failures) = outcome else {
                Issue.record("expected the rows to be written, got \(outcome)")
                return
            }
            #expect(failures.isEmpty)
            #expect(csv == wholeSet(feeds).csv)
            #expect(csv.split(separator: "\r\n").count > 3)
        }
    }

    @Test func accountsThatMayBeOneIncidentNeedTheWholeSet() throws {
        // The RSS and Atom feeds of one page tell the same incidents; a postmortem document links
        // its status page. Neither may be streamed past the merger, and nothing is written.
        let rssAndAtom = ["kustomer-history.rss", "kustomer-history.atom"].map {
            FixturePaths.fixtures.appendingPathComponent("statuspage/\($0)").path
        }
        let documents = [FixturePaths.fixtures.appendingPathComponent("postmortems").path]
        for paths in [rssAndAtom, documents] {
            let (outcome, csv) = try streamed(paths, budget: 1 << 20)
            guard case .needsMerging = outcome else {
                Issue.record("expected a merge to be possible for \(paths), got \(outcome)")
                continue
            }
            #expect(csv.isEmpty)
        }
    }

    @Test func aFailedInputLeavesNoRowsAndTheOthersAreWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-stream-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // The cut feed is another page's: rows it streamed before breaking off are dropped. (A cut
        // copy of the good feed would share its codes, and the screen then asks for the whole set,
        // which drops the failed input just the same.)
        let good = FixturePaths.fixtures.appendingPathComponent("statuspage/kustomer-history.rss")
        let other = FixturePaths.fixtures.appendingPathComponent("statuspage/legacy-2014.rss")
        let text = try String(contentsOf: other, encoding: .utf8)
        let cut = dir.appendingPathComponent("cut.rss")
        try String(text.prefix(text.count * 2 / 3)).write(to: cut, atomically: true, encoding: .utf8)
        let paths = [cut.path, good.path, dir.appendingPathComponent("missing.rss").path]
        let (outcome, csv) = try streamed(paths, budget: 512)
        guard case .written(let failures) = outcome else {
            Issue.record("expected the rows to be written, got \(outcome)")
            return
        }
        let whole = wholeSet(paths)
        #expect(csv == whole.csv)
        #expect(failures.map(\.message) == whole.failures)
        #expect(failures.map(\.file) == [paths[2], cut.path])
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func gitHubIncidentsStreamToTheSameFileOnOneThreadAndTwo() throws {
        let folder = try #require(FixturePaths.shared).appendingPathComponent("statuspage-json/github-incidents")
        // Every third file keeps the test quick in debug builds; the benchmark reads them all.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().enumerated()
            .filter { $0.offset % 3 == 0 }.map { folder.appendingPathComponent($0.element).path }
        let expected = wholeSet(files).csv
        for width in [1, 2] {
            let (outcome, csv) = try streamed(files, budget: 64 << 10, width: width)
            guard case .written(let failures) = outcome else {
                Issue.record("expected the rows to be written, got \(outcome)")
                return
            }
            #expect(failures.isEmpty)
            #expect(csv == expected)
        }
    }

    @Test func standardInputIsReadOnceAndStreamed() throws {
        let feed = try Data(
            contentsOf: FixturePaths.fixtures.appendingPathComponent("statuspage/kustomer-history.rss"))
        let (outcome, csv) = try streamed(["-"], budget: 1 << 20, stdin: feed)
        guard case .written = outcome else {
            Issue.record("expected the rows to be written, got \(outcome)")
            return
        }
        #expect(csv == wholeSet(["-"], stdin: feed).csv)
    }
}
