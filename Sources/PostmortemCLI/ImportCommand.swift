import Archive
import ArgumentParser
import Foundation
import Pipeline

/// `postmortem import PATH... [--db PATH|URL]`: keeps what was read in an archive between runs.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Archive status-page exports and postmortems in SQLite or PostgreSQL, with their history.",
        discussion: """
            PATH is a file, a folder (read recursively) or - for standard input, read as `incidents` reads \
            it. Each document (a path and its bytes, by SHA-256) is stored once with the incidents its reader gave, in \
            one transaction; then the tables incidents, updates, timeline, components and diagnostics (the \
            CSV files' columns, typed) are rebuilt and each incident that changed gets a row in \
            incident_revision. The archive is --db, else $POSTMORTEM_DB, else postmortem.sqlite; a \
            postgres://USER@HOST:PORT/DATABASE URL (or postgres://USER@/DATABASE?host=/socket/folder) names a \
            PostgreSQL database, which must exist. Exit 1 when \
            an input could not be read (the others are archived), 2 on usage errors.
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @OptionGroup var archive: ArchiveTargetOptions

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH to import") }
    }

    func run() throws {
        let location = archive.location
        let path = archive.display
        let summary: ArchiveImporter.Summary
        do {
            summary = try ArchiveImporter(builder: input.builder(reading.reconciler)).run(
                paths, intoArchiveAt: location)
        } catch {
            StandardError.line("postmortem import: \(error)")
            throw ExitCode(1)
        }
        for failure in summary.failures { StandardError.line(failure.message) }
        let rebuild = summary.rebuild
        var line = "\(path): \(summary.stored.count) document\(summary.stored.count == 1 ? "" : "s") stored"
        if !summary.unchanged.isEmpty { line += ", \(summary.unchanged.count) already archived" }
        if !summary.failures.isEmpty { line += ", \(summary.failures.count) not readable" }
        line += "; \(rebuild.incidents) incident\(rebuild.incidents == 1 ? "" : "s")"
        line +=
            rebuild.rebuilt
            ? ", \(rebuild.revisions) revision\(rebuild.revisions == 1 ? "" : "s") recorded" : ", unchanged"
        print(line)
        if !summary.failures.isEmpty { throw ExitCode(1) }
    }
}
