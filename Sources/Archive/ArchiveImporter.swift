import Foundation
import IncidentModel
import Ingest
import Pipeline
import Utilities

/// `postmortem import`: reads inputs as `incidents` does, archives each document with what its reader
/// gave (one transaction per document), then rebuilds the derived tables once.
///
/// Imports into one SQLite archive run one at a time: each holds an exclusive `flock` on the archive
/// file for its whole run (SQLite's own locks, which are `fcntl` locks, are separate), so two imports
/// started at once give what running them one after the other gives. Into one PostgreSQL archive they
/// run at once: documents are stored with `ON CONFLICT DO NOTHING` and the rebuilds wait for each
/// other (``IncidentArchive/rebuild(with:at:)``), so the last rebuild holds every document.
public struct ArchiveImporter: Sendable {
    /// What an import did.
    public struct Summary: Sendable {
        /// Documents stored by this import.
        public var stored: [String] = []
        /// Documents archived already with the same bytes from the same path.
        public var unchanged: [String] = []
        /// Inputs that could not be read (not archived).
        public var failures: [ReadFailure] = []
        /// The rebuild of the derived tables.
        public var rebuild = IncidentArchive.Rebuild(incidents: 0, revisions: 0, rebuilt: false)

        /// Records one input's outcome.
        mutating func add(_ outcome: Outcome) {
            switch outcome {
            case .stored(let path): stored.append(path)
            case .unchanged(let path): unchanged.append(path)
            case .failed(let failure): failures.append(failure)
            }
        }
    }

    /// Reads, reconciles and measures as the other commands do.
    public var builder: ReportBuilder
    /// How many documents are read at once before they are stored.
    public var batch: Int

    /// Creates an importer.
    public init(builder: ReportBuilder, batch: Int = 64) {
        self.builder = builder
        self.batch = max(1, batch)
    }

    /// Imports `paths` into the archive `location` names (an SQLite file, created when missing, or a
    /// PostgreSQL URL, see ``ArchiveLocation``); `standardInput` is read only when `-` is named.
    ///
    /// The file's lock is taken before the archive is opened, so two imports that create one archive
    /// at once do not race for its journal mode.
    public func run(
        _ paths: [String], intoArchiveAt location: String, standardInput: (() -> Data)? = nil, now: Date = Date()
    ) throws -> Summary {
        let postgres = PostgresURL.isPostgres(location)
        let lock = postgres ? nil : try ArchiveLock(path: ArchiveLocation.path(location))
        defer { withExtendedLifetime(lock) {} }
        let archive = try IncidentArchive(location: location)
        let collector = builder.loader.collector
        let collected = collector.collect(paths)
        var summary = Summary()
        summary.failures = collected.problems.map { problem in
            ReadFailure(file: problem.path, reason: problem.reason, expected: "a readable file or folder")
        }
        let limit = collector.maxInputSize
        let stdin: Data? =
            collected.inputs.contains(.standardInput)
            ? standardInput?() ?? StandardInput.read(limit: limit) : nil
        let reader = IncidentReader()
        // The archive (and its journal files) may sit in a folder being imported: never read it.
        let own =
            archive.isFile
            ? Set(["", "-wal", "-shm", "-journal"].compactMap { FileIdentity(path: archive.path + $0) }) : []
        let inputs = collected.inputs.filter { input in
            guard case .file(let path) = input, let identity = FileIdentity(path: path) else { return true }
            return !own.contains(identity)
        }
        // A pipeline of two stages: while one batch is stored (one transaction per document, on
        // one thread), the next is read (on the others), so reading hides behind the database.
        let batches = stride(from: 0, to: inputs.count, by: batch).map { start in
            Array(inputs[start..<min(inputs.count, start + batch)])
        }
        var read: [Result<ArchivedDocument, ReadFailure>] = []
        for index in 0...batches.count {
            let next = index < batches.count ? batches[index] : []
            let toStore = read
            let (nextRead, stored) = Parallel.pair(
                { Parallel.map(next.count) { Self.read(next[$0], stdin: stdin, limit: limit, reader) } },
                { Result { try Self.store(toStore, in: archive, at: now) } })
            try stored.get().forEach { summary.add($0) }
            read = nextRead
        }
        summary.rebuild = try archive.rebuild(with: builder, at: now)
        return summary
    }

    /// What became of one read input: stored, archived already, or not readable.
    enum Outcome: Sendable {
        case stored(String)
        case unchanged(String)
        case failed(ReadFailure)
    }

    /// Stores each document read, in order, one transaction each.
    static func store(
        _ read: [Result<ArchivedDocument, ReadFailure>], in archive: IncidentArchive, at now: Date
    ) throws -> [Outcome] {
        try read.map { outcome in
            switch outcome {
            case .failure(let failure): return .failed(failure)
            case .success(let document):
                return try archive.store(document, importedAt: now)
                    ? .stored(document.read.file) : .unchanged(document.read.file)
            }
        }
    }

    /// One input's bytes and what its reader gave, or why it cannot be archived.
    static func read(
        _ input: InputCollector.Input, stdin: Data?, limit: Int, _ reader: IncidentReader
    ) -> Result<ArchivedDocument, ReadFailure> {
        let name: String
        let bytes: Data
        switch input {
        case .standardInput:
            name = "-"
            bytes = stdin ?? Data()
            if let failure = StandardInput.failure(bytes, limit: limit) { return .failure(failure) }
        case .file(let path):
            name = path
            do {
                bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                let exists = FileManager.default.fileExists(atPath: path)
                return .failure(
                    ReadFailure(
                        file: path,
                        reason: exists ? "cannot be read" : "the file no longer exists (removed after it was named)",
                        expected: "a readable file"))
            }
        }
        let result = reader.read(bytes, file: name)
        if let failure = result.failure { return .failure(failure) }
        return .success(
            ArchivedDocument(
                content: bytes,
                read: IncidentLoader.ReadDocument(file: name, format: result.format, incidents: result.incidents)))
    }
}
