import Archive
import ArchiveTestSupport
import Foundation
import GRDB
import Pipeline
import Reporting
import TestSupport
import Testing

/// Reading an archive writes what reading the same files writes, and importing again changes nothing,
/// on both engines.
@Suite struct ArchiveReadingTests {
    @Test(arguments: ArchiveEngineKind.allCases)
    func fixturesReadFromTheArchiveGiveTheSameReportFilesAsTheFiles(_ engine: ArchiveEngineKind) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        let fixtures = FixturePaths.fixtures.path
        let first = try ArchiveSupport.importing([fixtures], into: archive.location)
        #expect(first.failures.isEmpty && first.stored.count > 10 && first.rebuild.rebuilt)
        let fromArchive = try ArchiveSupport.reportFiles(archive: archive.location)
        let fromFiles = try ArchiveSupport.reportFiles(paths: [fixtures])
        #expect(fromArchive.keys.sorted() == fromFiles.keys.sorted())
        for (name, text) in fromFiles { #expect(fromArchive[name] == text, "\(name) differs") }
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func importingTheSameFilesAgainChangesNothing(_ engine: ArchiveEngineKind) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        try ArchiveSupport.importing([FixturePaths.fixtures.path], into: archive.location)
        let before = try archive.dump()
        #expect(before.contains("## incidents\nincident_id="), "the dump holds the incidents")
        let again = try ArchiveSupport.importing([FixturePaths.fixtures.path], into: archive.location)
        #expect(again.stored.isEmpty && !again.unchanged.isEmpty && !again.rebuild.rebuilt)
        #expect(try archive.dump() == before)
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func theSameBytesAtTwoPathsAreTwoDocumentsAndOneContent(_ engine: ArchiveEngineKind) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        let source = FixturePaths.fixture("statuspage-json/incidents.json")
        let copies = ["a.json", "b.json"].map { archive.folder.appendingPathComponent($0) }
        for copy in copies { try FileManager.default.copyItem(at: source, to: copy) }
        let summary = try ArchiveSupport.importing(copies.map(\.path), into: archive.location)
        #expect(summary.stored.count == 2)
        #expect(try archive.count("SELECT count(*) FROM source_document") == 2)
        #expect(try archive.count("SELECT count(*) FROM source_content") == 1)
    }

    @Test(
        .enabled(if: FixturePaths.shared != nil, "skipped: needs ../shared/fixtures"),
        arguments: ArchiveEngineKind.allCases)
    func theGitHubIncidentsReadFromTheArchiveGiveTheSameIncidentsCSV(_ engine: ArchiveEngineKind) throws {
        let github = try #require(FixturePaths.sharedFixture("statuspage-json/github-incidents")).path
        let archive = try engine.archive()
        defer { archive.remove() }
        let summary = try ArchiveSupport.importing([github], into: archive.location)
        #expect(summary.stored.count == 1282 && summary.rebuild.incidents == 1282)
        let builder = ArchiveSupport.builder
        let archived = try IncidentArchive(location: archive.location, create: false).load(with: builder.loader)
        let direct = builder.loader.load([github])
        let render = { (result: IncidentLoader.Result) in
            IncidentsCSV.table.render(builder.measure(result.incidents).sorted(by: MeasuredIncident.chronological))
        }
        #expect(render(archived) == render(direct))
        #expect(try archive.count("SELECT count(*) FROM updates") == 2801)
        let types = try archive.rows(
            engine == .sqlite
                ? "SELECT DISTINCT typeof(ttr_min) AS t FROM incidents"
                : "SELECT DISTINCT CASE WHEN ttr_min IS NULL THEN 'null' ELSE pg_typeof(ttr_min)::text END AS t "
                    + "FROM incidents"
        ).compactMap { $0["t"].flatMap(String.fromDatabaseValue) }
        #expect(Set(types).isSubset(of: ["null", "real", "double precision"]) && types.count == 2)
    }
}
