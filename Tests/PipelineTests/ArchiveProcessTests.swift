import ArchiveTestSupport
import Foundation
import GRDB
import TestSupport
import Testing

/// `postmortem import` as a process: killed at random moments, run twice at once, given bad input
/// and bad options.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct ArchiveProcessTests {
    /// A folder holding `copies` copies of `Fixtures/` (so an import takes long enough to be killed
    /// part-way), in subfolders `c0`, `c1`, ….
    static func inputs(copies: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pm-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for copy in 0..<copies {
            try FileManager.default.copyItem(at: FixturePaths.fixtures, to: folder.appendingPathComponent("c\(copy)"))
        }
        return folder
    }

    /// The data tables and documents of an archive as text (no import times, no revisions).
    static func data(_ archive: TestArchive) throws -> String {
        try archive.data()
    }

    /// Accounts stored per document path.
    static func accounts(_ archive: TestArchive) throws -> [String: Int] {
        // Killed before its first migration committed, an import leaves no archive yet (on SQLite, the
        // empty file its lock made), as before it ran.
        guard archive.exists, try archive.tableExists("source_document") else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: try archive.rows(
                """
                SELECT d.path, count(a.seq) AS n FROM source_document d
                LEFT JOIN source_incident a ON a.document_id = d.id GROUP BY d.id, d.path
                """
            ).map { row in
                (row["path"].flatMap(String.fromDatabaseValue) ?? "", row["n"].flatMap(Int.fromDatabaseValue) ?? -1)
            })
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func anImportKilledAtRandomMomentsLeavesWholeDocumentsAndTheNextImportFinishesIt(
        _ engine: ArchiveEngineKind
    ) throws {
        let reference = try engine.archive()
        let folder = try Self.inputs(copies: 6)
        defer {
            try? FileManager.default.removeItem(at: folder)
            reference.remove()
        }
        let clean = try PostmortemProcess.run(["import", folder.path, "--db", reference.location], timeout: 300)
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try Self.data(reference)
        let expectedAccounts = try Self.accounts(reference)
        var generator = SystemRandomNumberGenerator()
        var killedPartWay = 0
        for round in 0..<8 {
            let archive = try reference.sibling("killed\(round)")
            let started = try PostmortemProcess.start(["import", folder.path, "--db", archive.location])
            usleep(UInt32.random(in: 50_000...1_500_000, using: &generator))
            kill(started.process.processIdentifier, SIGKILL)
            let outcome = try started.finish()
            if outcome.signalled { killedPartWay += 1 }
            if engine == .sqlite, archive.exists {
                let integrity = try DatabaseQueue(path: archive.location).read { db in
                    try String.fetchOne(db, sql: "PRAGMA integrity_check")
                }
                #expect(integrity == "ok", "round \(round)")
            }
            for (document, count) in try Self.accounts(archive) {
                #expect(expectedAccounts[document] == count, "round \(round): \(document) is not whole")
            }
            let resumed = try PostmortemProcess.run(["import", folder.path, "--db", archive.location], timeout: 300)
            #expect(resumed.status == 0, "round \(round): \(resumed.stderr)")
            #expect(try Self.data(archive) == expected, "round \(round): the finished archive differs")
            archive.removeDatabase()
        }
        #expect(killedPartWay > 0, "no import was killed part-way; the inputs read too fast")
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func twoImportsAtOnceGiveWhatOneAfterTheOtherGives(_ engine: ArchiveEngineKind) throws {
        let sequential = try engine.archive()
        let shared = try sequential.sibling("shared")
        let folder = try Self.inputs(copies: 4)
        defer {
            try? FileManager.default.removeItem(at: folder)
            shared.remove()
            sequential.remove()
        }
        let first = [folder.appendingPathComponent("c0").path, folder.appendingPathComponent("c1").path]
        let second = [folder.appendingPathComponent("c2").path, folder.appendingPathComponent("c3").path]
        let db = sequential.location
        #expect(try PostmortemProcess.run(["import"] + first + ["--db", db], timeout: 300).status == 0)
        #expect(try PostmortemProcess.run(["import"] + second + ["--db", db], timeout: 300).status == 0)
        let a = try PostmortemProcess.start(["import"] + first + ["--db", shared.location])
        let b = try PostmortemProcess.start(["import"] + second + ["--db", shared.location])
        let (outA, outB) = (try a.finish(), try b.finish())
        #expect(outA.status == 0 && outB.status == 0, "\(outA.stderr) \(outB.stderr)")
        #expect(try Self.data(shared) == Self.data(sequential))
        #expect(try shared.count("SELECT count(*) FROM source_document") > 10)
    }

    @Test func aBadInputIsNamedAndSkippedAndTheOthersAreArchived() throws {
        let folder = try Self.inputs(copies: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{ \"incidents\": [ {".utf8).write(to: folder.appendingPathComponent("c0/broken.json"))
        // The archive sits inside the folder imported: it is never read as an input.
        let path = folder.appendingPathComponent("a.sqlite").path
        let outcome = try PostmortemProcess.run(["import", folder.path, "--db", path])
        #expect(outcome.status == 1)
        #expect(outcome.errorLines.count == 1 && outcome.stderr.contains("broken.json"), "\(outcome.stderr)")
        let archive = TestArchive(sqlite: path, folder: folder)
        #expect(!(try Self.accounts(archive).keys.contains { $0.hasSuffix("broken.json") }))
        #expect(try Self.accounts(archive).count > 10)
    }

    /// Every file under `folder`, by relative path.
    static func files(_ folder: URL) throws -> [String: Data] {
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        var out: [String: Data] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            out[path] = try Data(contentsOf: url)
        }
        return out
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func reportAndIncidentsOverTheArchiveWriteWhatTheyWriteOverTheFiles(_ engine: ArchiveEngineKind) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        let fixtures = FixturePaths.fixtures.path
        let imported = try PostmortemProcess.run(["import", fixtures, "--db", archive.location], timeout: 300)
        #expect(imported.status == 0, "\(imported.stderr)")
        // The whole archive, and one month of it (whose incidents the archive chooses in SQL).
        for (tag, period) in [("all", [String]()), ("month", ["--month", "2025-01"])] {
            let fromFiles = archive.folder.appendingPathComponent("files-\(tag)")
            let fromArchive = archive.folder.appendingPathComponent("archive-\(tag)")
            let direct = try PostmortemProcess.run(
                ["report", fixtures, "--out", fromFiles.path] + period, timeout: 300)
            let read = try PostmortemProcess.run(
                ["report", "--db", archive.location, "--out", fromArchive.path] + period, timeout: 300)
            #expect(read.status == direct.status && read.stderr == direct.stderr, "\(read.stderr)")
            let expected = try Self.files(fromFiles)
            let written = try Self.files(fromArchive)
            #expect(expected.count > 5 && written.keys.sorted() == expected.keys.sorted())
            for (name, bytes) in expected { #expect(written[name] == bytes, "\(tag): \(name) differs") }
        }
        let incidents = try PostmortemProcess.run(["incidents", "--db", archive.location])
        let incidentsDirect = try PostmortemProcess.run(["incidents", fixtures])
        #expect(incidents.status == incidentsDirect.status && incidents.stdout == incidentsDirect.stdout)
        #expect(incidents.csvRows.count > 5)
    }

    @Test func usageErrorsAndAMissingArchive() throws {
        let folder = try Self.inputs(copies: 0)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try PostmortemProcess.run(["import"]).status == 2)
        let malformed = try PostmortemProcess.run(["import", "x", "--db", "postgres://localhost/"])
        #expect(malformed.status == 2 && malformed.stderr.contains("expected postgres://"), "\(malformed.stderr)")
        // Port 1: nothing listens there, so the server named cannot be reached.
        let unreachable = try PostmortemProcess.run(["import", "x", "--db", "postgres://u@127.0.0.1:1/pm"])
        #expect(
            unreachable.status == 1 && unreachable.stderr.contains("cannot connect to PostgreSQL"),
            "\(unreachable.stderr)")
        let both = try PostmortemProcess.run(["incidents", FixturePaths.fixtures.path, "--db", "a.sqlite"])
        #expect(both.status == 2 && both.stderr.contains("not both"), "\(both.stderr)")
        let missing = folder.appendingPathComponent("missing.sqlite").path
        let out = folder.appendingPathComponent("report")
        let report = try PostmortemProcess.run(["report", "--db", missing, "--out", out.path])
        #expect(report.status == 1 && report.stderr.contains("no archive here"), "\(report.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
