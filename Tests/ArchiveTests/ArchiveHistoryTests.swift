import Archive
import ArchiveTestSupport
import Foundation
import GRDB
import TestSupport
import Testing

/// The 40 snapshots of GitHub's feed, imported in time order, leave the union of their incidents,
/// each with the updates of the latest snapshot that holds it, and a revision per change.
@Suite(.enabled(if: FixturePaths.shared != nil, "skipped: needs ../shared/fixtures"))
struct ArchiveHistoryTests {
    static let series = FixturePaths.sharedFixture("statuspage/github-history-atom-series")

    /// The snapshots in time order (their names are their UTC times).
    static func snapshots() throws -> [URL] {
        let folder = try #require(series)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".atom") }
            .sorted().map { folder.appendingPathComponent($0) }
    }

    /// Counted from the feeds' text, not by the readers: each incident's code with the number of
    /// updates (`<small>` time lines) in the latest snapshot that holds it.
    static func latestUpdateCounts(_ files: [URL]) throws -> [String: Int] {
        var latest: [String: Int] = [:]
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for entry in text.components(separatedBy: "<entry>").dropFirst() {
                guard let link = entry.range(of: "/incidents/") else { continue }
                let code = String(entry[link.upperBound...].prefix { $0.isLetter || $0.isNumber })
                latest[code] = entry.components(separatedBy: "&lt;small&gt;").count - 1
            }
        }
        return latest
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func replayingTheSnapshotsKeepsTheUnionWithTheLatestUpdatesAndASecondReplayChangesNothing(
        _ engine: ArchiveEngineKind
    ) throws {
        let files = try Self.snapshots()
        #expect(files.count == 40)
        let archive = try engine.archive()
        defer { archive.remove() }
        let path = archive.location
        // Four imports of ten snapshots each, oldest first, as a scheduled job would leave them.
        let batches = stride(from: 0, to: files.count, by: 10).map { Array(files[$0..<min(files.count, $0 + 10)]) }
        var revisions = 0
        for batch in batches {
            let summary = try ArchiveSupport.importing(batch.map(\.path), into: path)
            #expect(summary.stored.count == batch.count && summary.failures.isEmpty)
            revisions += summary.rebuild.revisions
        }
        let expected = try Self.latestUpdateCounts(files)
        #expect(expected.count == 745)
        let stored = Dictionary(
            uniqueKeysWithValues: try archive.rows("SELECT incident_id, updates FROM incidents").map { row in
                (
                    row["incident_id"].flatMap(String.fromDatabaseValue) ?? "",
                    row["updates"].flatMap(Int.fromDatabaseValue) ?? -1
                )
            })
        #expect(stored == expected)
        #expect(try archive.count("SELECT count(*) FROM incident_revision") == revisions)
        #expect(
            try archive.count("SELECT count(*) FROM incident_revision WHERE change = 'changed'") > 0,
            "incidents that gained updates between imports get a `changed` revision")
        let before = try archive.dump()
        for batch in batches {
            let again = try ArchiveSupport.importing(batch.map(\.path), into: path)
            #expect(again.stored.isEmpty && !again.rebuild.rebuilt)
        }
        #expect(try archive.dump() == before)
    }
}
