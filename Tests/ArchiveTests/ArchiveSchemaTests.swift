import Archive
import Foundation
import GRDB
import TestSupport
import Testing

/// The archive's tables are typed, and an archive a newer build wrote is refused.
@Suite struct ArchiveSchemaTests {
    @Test func columnsAreTypedAndUnknownIsNull() throws {
        let folder = try ArchiveSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.sqlite").path
        try ArchiveSupport.importing([FixturePaths.fixtures.path], into: path)
        let csv = try #require(try ArchiveSupport.reportFiles(paths: [FixturePaths.fixtures.path])["incidents.csv"])
        let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = lines[0].map(String.init)
        let known = try DatabaseQueue(path: path).read { db in
            (
                try String.fetchAll(db, sql: "SELECT DISTINCT typeof(ttr_min) FROM incidents"),
                try String.fetchAll(db, sql: "SELECT DISTINCT typeof(has_postmortem) FROM incidents"),
                try String.fetchAll(db, sql: "SELECT DISTINCT typeof(updates) FROM incidents"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents WHERE ttr_min IS NULL") ?? -1,
                try db.columns(in: "incidents").map(\.name)
            )
        }
        #expect(Set(known.0).isSubset(of: ["real", "null"]) && known.0.contains("real"))
        #expect(known.1 == ["integer"])
        #expect(known.2 == ["integer"])
        #expect(known.4 == header, "the table has the CSV file's columns, in order")
        // Titles hold commas in no fixture row before ttr_min's column, so a plain split finds it.
        let ttr = try #require(header.firstIndex(of: "ttr_min"))
        #expect(known.3 == lines.dropFirst().filter { $0.count == header.count && $0[ttr].isEmpty }.count)
    }

    @Test func anArchiveOfANewerSchemaIsRefusedByName() throws {
        let folder = try ArchiveSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new.sqlite").path
        _ = try IncidentArchive(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        do {
            _ = try IncidentArchive(path: path)
            Issue.record("expected the archive to be refused")
        } catch {
            #expect("\(error)".hasPrefix(path + ": the archive has schema version 99, newer than this build's"))
        }
    }
}
