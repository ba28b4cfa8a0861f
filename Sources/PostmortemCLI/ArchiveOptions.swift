import Archive
import ArgumentParser
import Foundation
import Pipeline
import Reporting

/// `--db PATH|URL`: read an archive written by `postmortem import` instead of paths.
struct ArchiveOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the archive written by `postmortem import` (an SQLite file or a postgres:// URL) instead of PATHs.",
            valueName: "PATH|URL"))
    var db: String?

    /// Checks `--db` against the paths given: one or the other.
    func validate(paths: [String]) throws {
        if let db {
            guard paths.isEmpty else { throw ValidationError("give PATHs or --db, not both") }
            do { try ArchiveLocation.validate(db) } catch { throw ValidationError(error.description) }
        }
    }

    /// What the archive holds, loaded as `loader` loads files; `nil` when `--db` was not given.
    ///
    /// Prints the reason and exits 1 when the archive cannot be read.
    func load(with loader: IncidentLoader) throws -> IncidentLoader.Result? {
        try load(with: loader, period: .all)?.loaded
    }

    /// What the archive holds for a report of `period`; `nil` when `--db` was not given.
    ///
    /// Only the incidents the period needs, chosen in SQL, with the context of the whole archive,
    /// when its index can answer (``IncidentArchive/load(with:period:)``); else all of it, with no
    /// context.
    ///
    /// Prints the reason and exits 1 when the archive cannot be read.
    func load(with loader: IncidentLoader, period: ReportPeriod) throws -> (
        loaded: IncidentLoader.Result, context: ReportContext?
    )? {
        guard let db else { return nil }
        do {
            let archive = try IncidentArchive(location: db, create: false)
            if let part = try archive.load(with: loader, period: period) { return (part.loaded, part.context) }
            return (try archive.load(with: loader), nil)
        } catch {
            StandardError.line("\(error)")
            throw ExitCode(1)
        }
    }
}
