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
    static func data(_ path: String) throws -> String {
        try DatabaseQueue(path: path).read { db in
            var out = ""
            for table in ["incidents", "updates", "timeline", "components", "diagnostics"] {
                out += "## \(table)\n"
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") { out += row.description + "\n" }
            }
            for row in try Row.fetchAll(db, sql: "SELECT path, checksum FROM source_document ORDER BY path") {
                out += row.description + "\n"
            }
            return out
        }
    }

    /// Accounts stored per document path.
    static func accounts(_ path: String) throws -> [String: Int] {
        try DatabaseQueue(path: path).read { db in
            // Killed before its first migration committed, an import leaves the empty file its lock
            // made: no archive yet, as before it ran.
            guard try db.tableExists("source_document") else { return [:] }
            return Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT d.path, count(a.seq) AS n FROM source_document d
                        LEFT JOIN source_incident a ON a.document_id = d.id GROUP BY d.id
                        """
                ).map { (row: Row) -> (String, Int) in (row["path"], row["n"]) })
        }
    }

    @Test func anImportKilledAtRandomMomentsLeavesWholeDocumentsAndTheNextImportFinishesIt() throws {
        let folder = try Self.inputs(copies: 6)
        let archives = folder.appendingPathExtension("archives")
        try FileManager.default.createDirectory(at: archives, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: archives)
        }
        let reference = archives.appendingPathComponent("reference.sqlite").path
        let clean = try PostmortemProcess.run(["import", folder.path, "--db", reference], timeout: 300)
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try Self.data(reference)
        let expectedAccounts = try Self.accounts(reference)
        var generator = SystemRandomNumberGenerator()
        var killedPartWay = 0
        for round in 0..<8 {
            let path = archives.appendingPathComponent("killed-\(round).sqlite").path
            let started = try PostmortemProcess.start(["import", folder.path, "--db", path])
            usleep(UInt32.random(in: 50_000...1_500_000, using: &generator))
            kill(started.process.processIdentifier, SIGKILL)
            let outcome = try started.finish()
            if outcome.signalled { killedPartWay += 1 }
            if FileManager.default.fileExists(atPath: path) {
                let integrity = try DatabaseQueue(path: path).read { db in
                    try String.fetchOne(db, sql: "PRAGMA integrity_check")
                }
                #expect(integrity == "ok", "round \(round)")
                for (document, count) in try Self.accounts(path) {
                    #expect(expectedAccounts[document] == count, "round \(round): \(document) is not whole")
                }
            }
            let resumed = try PostmortemProcess.run(["import", folder.path, "--db", path], timeout: 300)
            #expect(resumed.status == 0, "round \(round): \(resumed.stderr)")
            #expect(try Self.data(path) == expected, "round \(round): the finished archive differs")
        }
        #expect(killedPartWay > 0, "no import was killed part-way; the inputs read too fast")
    }

    @Test func twoImportsAtOnceGiveWhatOneAfterTheOtherGives() throws {
        let folder = try Self.inputs(copies: 4)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = [folder.appendingPathComponent("c0").path, folder.appendingPathComponent("c1").path]
        let second = [folder.appendingPathComponent("c2").path, folder.appendingPathComponent("c3").path]
        let sequential = folder.appendingPathComponent("sequential.sqlite").path
        #expect(try PostmortemProcess.run(["import"] + first + ["--db", sequential], timeout: 300).status == 0)
        #expect(try PostmortemProcess.run(["import"] + second + ["--db", sequential], timeout: 300).status == 0)
        let shared = folder.appendingPathComponent("shared.sqlite").path
        let a = try PostmortemProcess.start(["import"] + first + ["--db", shared])
        let b = try PostmortemProcess.start(["import"] + second + ["--db", shared])
        let (outA, outB) = (try a.finish(), try b.finish())
        #expect(outA.status == 0 && outB.status == 0, "\(outA.stderr) \(outB.stderr)")
        #expect(try Self.data(shared) == Self.data(sequential))
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
        #expect(!(try Self.accounts(path).keys.contains { $0.hasSuffix("broken.json") }))
        #expect(try Self.accounts(path).count > 10)
    }

    @Test func usageErrorsAndAMissingArchive() throws {
        let folder = try Self.inputs(copies: 0)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try PostmortemProcess.run(["import"]).status == 2)
        let postgres = try PostmortemProcess.run(["import", "x", "--db", "postgres://u@localhost:5432/pm"])
        #expect(postgres.status == 2 && postgres.stderr.contains("PostgreSQL"), "\(postgres.stderr)")
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
