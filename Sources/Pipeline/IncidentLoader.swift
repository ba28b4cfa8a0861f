import Chronology
import Foundation
import IncidentModel
import Ingest
import Utilities

/// Reads paths (files, folders, `-` for standard input) into incidents, in parallel, with results
/// in the order the inputs were named.
public struct IncidentLoader: Sendable {
    /// What loading gave: the incidents and every input that could not be read.
    public struct Result: Sendable {
        /// The incidents, input by input in the order given.
        public var incidents: [Incident]
        /// The inputs that failed (missing paths, unreadable folders or files, unrecognised content).
        public var failures: [ReadFailure]
        /// The format each input that was read was sniffed as, by file.
        public var formats: [(file: String, format: SourceFormat)]
        /// For each incident, the positions of the accounts it was made from among the documents'
        /// incidents in order (one when nothing merged); filled by ``assemble(_:failures:)``.
        public var accounts: [[Int]] = []
    }

    /// The reading configuration: the one `Reconciler` that reads written times, for the merger's
    /// comparisons (and its `source.disagree` times) and for reconciling.
    public var reconciler: Reconciler

    /// Whether `load` reconciles the incidents it returns (`false` keeps the sources' machine
    /// instants; `ReportBuilder` reconciles while measuring).
    public var reconciles: Bool

    /// Which files a folder contributes.
    public var collector: InputCollector

    /// Whether accounts of one incident from several sources are merged into one (`IncidentMerger`).
    public var mergesAccounts: Bool

    /// Creates a loader.
    public init(
        collector: InputCollector = InputCollector(),
        reconciler: Reconciler = Reconciler(), reconciles: Bool = true, mergesAccounts: Bool = true
    ) {
        self.mergesAccounts = mergesAccounts
        self.collector = collector
        self.reconciler = reconciler
        self.reconciles = reconciles
    }

    /// Loads the paths.
    ///
    /// `standardInput` is read once, only when `-` is named (by default up to the collector's
    /// `maxInputSize` and one byte more: a larger input fails).
    public func load(_ paths: [String], standardInput: (() -> Data)? = nil) -> Result {
        let collected = collector.collect(paths)
        var failures = collected.problems.map { problem in
            ReadFailure(file: problem.path, reason: problem.reason, expected: "a readable file or folder")
        }
        let limit = collector.maxInputSize
        let stdin: Data? =
            collected.inputs.contains(.standardInput)
            ? standardInput?() ?? StandardInput.read(limit: limit) : nil
        let inputs = collected.inputs
        let reader = IncidentReader()
        let read = Parallel.map(inputs.count) { index in
            var incidents: [Incident] = []
            let result = InputReading.read(inputs[index], standardInput: stdin, limit: limit, reader: reader) {
                incidents.append($0)
            }
            return (InputReading.name(inputs[index]), result, result.failure == nil ? incidents : [])
        }
        var documents: [ReadDocument] = []
        for (file, result, read) in read {
            if let failure = result.failure { failures.append(failure) }
            if result.failure == nil {
                documents.append(ReadDocument(file: file, format: result.format, incidents: read))
            }
        }
        return assemble(documents, failures: failures)
    }

    /// One input as its reader gave it: the file, the format it was sniffed as, its incidents unmerged.
    public struct ReadDocument: Sendable, Hashable {
        /// The file name the input is known by.
        public var file: String
        /// The format the input was sniffed as (`nil` for an input skipped as holding no incidents).
        public var format: SourceFormat?
        /// The incidents read, in the reader's order, before merging and reconciling.
        public var incidents: [Incident]

        /// Creates a read document.
        public init(file: String, format: SourceFormat?, incidents: [Incident]) {
            self.file = file
            self.format = format
            self.incidents = incidents
        }
    }

    /// What `load` does after reading: the documents' incidents in order, merged and reconciled as
    /// this loader says (the archive hands stored documents over here, so they read as the files do).
    public func assemble(_ documents: [ReadDocument], failures: [ReadFailure] = []) -> Result {
        var incidents = documents.flatMap(\.incidents)
        let formats = documents.compactMap { document in document.format.map { (file: document.file, format: $0) } }
        var accounts = incidents.indices.map { [$0] }
        if mergesAccounts { (incidents, accounts) = IncidentMerger(reconciler: reconciler).mergeGroups(incidents) }
        if reconciles {
            let raw = incidents
            let reconciler = reconciler
            incidents = Parallel.map(raw.count) { reconciler.reconcile(raw[$0]) }
        }
        return Result(incidents: incidents, failures: failures, formats: formats, accounts: accounts)
    }
}
