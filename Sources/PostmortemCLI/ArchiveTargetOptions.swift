import Archive
import ArgumentParser

/// `--db PATH|URL`: the archive `import` and `pull` write into.
struct ArchiveTargetOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The archive: an SQLite file (created when missing) or a postgres:// URL. Default: $POSTMORTEM_DB, "
                + "else postmortem.sqlite.",
            valueName: "PATH|URL"))
    var db: String?

    func validate() throws {
        if let db {
            do { try ArchiveLocation.validate(db) } catch { throw ValidationError(error.description) }
        }
    }

    /// The archive to write: `--db`, else `$POSTMORTEM_DB`, else `postmortem.sqlite`.
    var location: String { db ?? ArchiveLocation.defaultPath() }

    /// The archive as messages name it: the PostgreSQL URL without its password, or the file's path.
    var display: String { (try? PostgresURL(location).display) ?? ArchiveLocation.path(location) }
}
