import Archive
import Foundation
import GRDB
import Pipeline
import Reporting
import TestSupport

/// Temporary archives and what reading them (or the files) writes, for the archive tests.
enum ArchiveSupport {
    /// A fresh folder for one test; removed by the caller.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pm-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The builder every test reads with (the commands' defaults).
    static let builder = ReportBuilder()

    /// Imports `paths` into the archive at `path`.
    @discardableResult
    static func importing(_ paths: [String], into path: String) throws -> ArchiveImporter.Summary {
        try ArchiveImporter(builder: builder).run(paths, intoArchiveAt: path)
    }

    /// The report files (CSV and Markdown) for what a loader result holds.
    static func reportFiles(_ loaded: IncidentLoader.Result) throws -> [String: String] {
        let report = builder.build(loaded: loaded, period: .all).report
        return Dictionary(uniqueKeysWithValues: try ReportWriter().files(for: report).map { ($0.name, $0.text) })
    }

    /// The report files from the archive at `path`.
    static func reportFiles(archive path: String) throws -> [String: String] {
        try reportFiles(try IncidentArchive(path: path, create: false).load(with: builder.loader))
    }

    /// The report files from reading `paths` directly.
    static func reportFiles(paths: [String]) throws -> [String: String] {
        try reportFiles(builder.loader.load(paths))
    }

    /// Every row of the derived tables and of the source tables, without import times, as text.
    static func dump(_ path: String, revisions: Bool = true) throws -> String {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var out = ""
            var tables = ["incidents", "updates", "timeline", "components", "diagnostics"]
            if revisions { tables.append("incident_revision") }
            for table in tables {
                let columns = try db.columns(in: table).map(\.name).filter { $0 != "recorded_at" }
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                out += "## \(table)\n"
                for row in try Row.fetchAll(db, sql: "SELECT \(list) FROM \(table) ORDER BY \(list)") {
                    out += row.description + "\n"
                }
            }
            let documents = try Row.fetchAll(
                db, sql: "SELECT path, checksum, format FROM source_document ORDER BY path, checksum")
            out += "## documents\n" + documents.map(\.description).joined(separator: "\n")
            return out
        }
    }
}
