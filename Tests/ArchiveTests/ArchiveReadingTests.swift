import Archive
import Foundation
import GRDB
import Pipeline
import Reporting
import TestSupport
import Testing

/// Reading an archive writes what reading the same files writes, and importing again changes nothing.
@Suite struct ArchiveReadingTests {
    @Test func fixturesReadFromTheArchiveGiveTheSameReportFilesAsTheFiles() throws {
        let folder = try ArchiveSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.sqlite").path
        let fixtures = FixturePaths.fixtures.path
        let first = try ArchiveSupport.importing([fixtures], into: path)
        #expect(first.failures.isEmpty && first.stored.count > 10 && first.rebuild.rebuilt)
        let fromArchive = try ArchiveSupport.reportFiles(archive: path)
        let fromFiles = try ArchiveSupport.reportFiles(paths: [fixtures])
        #expect(fromArchive.keys.sorted() == fromFiles.keys.sorted())
        for (name, text) in fromFiles { #expect(fromArchive[name] == text, "\(name) differs") }
    }

    @Test func importingTheSameFilesAgainChangesNothing() throws {
        let folder = try ArchiveSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.sqlite").path
        try ArchiveSupport.importing([FixturePaths.fixtures.path], into: path)
        let before = try ArchiveSupport.dump(path)
        let again = try ArchiveSupport.importing([FixturePaths.fixtures.path], into: path)
        #expect(again.stored.isEmpty && !again.unchanged.isEmpty && !again.rebuild.rebuilt)
        #expect(try ArchiveSupport.dump(path) == before)
    }

    @Test func theSameBytesAtTwoPathsAreTwoDocumentsAndOneContent() throws {
        let folder = try ArchiveSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = FixturePaths.fixture("statuspage-json/incidents.json")
        for name in ["a.json", "b.json"] {
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent("a.sqlite").path
        let summary = try ArchiveSupport.importing(
            [folder.appendingPathComponent("a.json").path, folder.appendingPathComponent("b.json").path], into: path)
        #expect(summary.stored.count == 2)
        let counts = try DatabaseQueue(path: path).read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM source_document"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM source_content")
            )
        }
        #expect(counts.0 == 2 && counts.1 == 1)
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "skipped: needs ../shared/fixtures"))
    func theGitHubIncidentsReadFromTheArchiveGiveTheSameIncidentsCSV() throws {
        let github = try #require(FixturePaths.sharedFixture("statuspage-json/github-incidents")).path
        let folder = try ArchiveSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.sqlite").path
        let summary = try ArchiveSupport.importing([github], into: path)
        #expect(summary.stored.count == 1282 && summary.rebuild.incidents == 1282)
        let builder = ArchiveSupport.builder
        let archived = try IncidentArchive(path: path, create: false).load(with: builder.loader)
        let direct = builder.loader.load([github])
        let render = { (result: IncidentLoader.Result) in
            IncidentsCSV.table.render(builder.measure(result.incidents).sorted(by: MeasuredIncident.chronological))
        }
        #expect(render(archived) == render(direct))
        let (updates, typed) = try DatabaseQueue(path: path).read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM updates"),
                try String.fetchAll(db, sql: "SELECT DISTINCT typeof(ttr_min) FROM incidents ORDER BY 1")
            )
        }
        #expect(updates == 2801)
        #expect(Set(typed).isSubset(of: ["null", "real"]))
    }
}
