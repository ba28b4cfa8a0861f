import Archive
import Foundation
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

    /// Imports `paths` into the archive `path` names (a file or a PostgreSQL URL).
    @discardableResult
    static func importing(_ paths: [String], into path: String) throws -> ArchiveImporter.Summary {
        try ArchiveImporter(builder: builder).run(paths, intoArchiveAt: path)
    }

    /// The report files (CSV and Markdown) for what a loader result holds.
    static func reportFiles(_ loaded: IncidentLoader.Result) throws -> [String: String] {
        let report = builder.build(loaded: loaded, period: .all).report
        return Dictionary(uniqueKeysWithValues: try ReportWriter().files(for: report).map { ($0.name, $0.text) })
    }

    /// The report files from the archive `location` names (a file or a PostgreSQL URL).
    static func reportFiles(archive location: String) throws -> [String: String] {
        try reportFiles(try IncidentArchive(location: location, create: false).load(with: builder.loader))
    }

    /// The report files from reading `paths` directly.
    static func reportFiles(paths: [String]) throws -> [String: String] {
        try reportFiles(builder.loader.load(paths))
    }
}
