import Archive
import ArchiveTestSupport
import Foundation
import GRDB
import TestSupport
import Testing

/// The archive's tables are typed, and an archive a newer build wrote is refused, on both engines.
@Suite struct ArchiveSchemaTests {
    @Test func columnsAreTypedAndUnknownIsNull() throws {
        let archive = try ArchiveEngineKind.sqlite.archive()
        defer { archive.remove() }
        let path = archive.location
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

    @Test func postgresColumnsHaveTheirTypesAndTheCSVColumns() throws {
        let archive = try ArchiveEngineKind.postgres.archive()
        defer { archive.remove() }
        try ArchiveSupport.importing([FixturePaths.fixtures.path], into: archive.location)
        let csv = try #require(try ArchiveSupport.reportFiles(paths: [FixturePaths.fixtures.path])["incidents.csv"])
        let header = csv.prefix { $0 != "\r\n" }.split(separator: ",").map(String.init)
        let columns = try archive.rows(
            """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """
        ).map { row in
            ["table_name", "column_name", "data_type"].map { row[$0].flatMap(String.fromDatabaseValue) ?? "" }
        }
        let incidents = columns.filter { $0[0] == "incidents" }
        #expect(incidents.map { $0[1] } == header, "the table has the CSV file's columns, in order")
        let types = Dictionary(incidents.map { ($0[1], $0[2]) }, uniquingKeysWith: { first, _ in first })
        #expect(types["ttr_min"] == "double precision")
        #expect(types["has_postmortem"] == "boolean")
        #expect(types["updates"] == "bigint")
        #expect(types["impact_start"] == "timestamp with time zone")
        #expect(types["title"] == "text")
        let sources = Dictionary(
            columns.filter { $0[0].hasPrefix("source_") }.map { ("\($0[0]).\($0[1])", $0[2]) },
            uniquingKeysWith: { first, _ in first })
        #expect(sources["source_content.content"] == "bytea")
        #expect(sources["source_document.imported_at"] == "timestamp with time zone")
        #expect(sources["source_document.in_derived"] == "boolean")
        #expect(try archive.count("SELECT version FROM schema_version") == 3)
        let merged = Dictionary(
            columns.filter { $0[0].hasPrefix("merged_") }.map { ("\($0[0]).\($0[1])", $0[2]) },
            uniquingKeysWith: { first, _ in first })
        #expect(merged["merged_incident.window_start"] == "double precision")
        #expect(merged["merged_account.document_id"] == "bigint")
        #expect(
            try archive.count("SELECT count(*) FROM merged_incident") == archive.count("SELECT count(*) FROM incidents")
        )
        // Unknown is NULL, not an empty string; a boolean compares as one.
        #expect(try archive.count("SELECT count(*) FROM incidents WHERE ttr_min IS NULL") > 0)
        #expect(try archive.count("SELECT count(*) FROM incidents WHERE has_postmortem") > 0)
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func anArchiveOfANewerSchemaIsRefusedByName(_ engine: ArchiveEngineKind) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        let opened = try IncidentArchive(location: archive.location)
        try archive.execute(
            engine == .sqlite ? "PRAGMA user_version = 99" : "UPDATE schema_version SET version = 99")
        do {
            _ = try IncidentArchive(location: archive.location)
            Issue.record("expected the archive to be refused")
        } catch {
            #expect("\(error)".hasPrefix(opened.path + ": the archive has schema version 99, newer than this build's"))
        }
    }
}

/// The archive's checksum is SHA-256 in lowercase hex (FIPS 180-4's examples).
@Suite struct ArchiveChecksumTests {
    @Test func theStandardsVectors() {
        #expect(
            ArchivedDocument.checksum(Data("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            ArchivedDocument.checksum(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(
            ArchivedDocument.checksum(Data(twoBlocks.utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
