import Chronology
import Foundation
import IncidentModel
import Ingest
import Reporting
import Synchronization
import Utilities

/// Writes `incidents.csv` for many inputs without holding the incidents: each incident is read,
/// reconciled, measured and rendered as it arrives, and only its row waits (in memory up to a
/// budget, then in a scratch file) to be written in time order.
///
/// Readers stream incidents into a bounded queue; workers on every core reconcile and measure them.
/// The output is the same as reading everything, merging accounts, measuring and sorting
/// (`IncidentLoader` + `ReportBuilder.measure`) whenever the merger would leave every incident
/// alone. A ``MergeScreen`` checks that; when two incidents might be one, nothing has been written
/// yet and the result says so, and the caller reads the inputs as a whole set instead.
public struct IncidentTableStreamer: Sendable {
    /// What streaming gave.
    public enum Outcome: Sendable {
        /// The rows were written; these inputs failed (their rows were left out).
        case written(failures: [ReadFailure])
        /// Two incidents might be accounts of one incident: nothing was written.
        case needsMerging
    }

    /// Reconciles and measures each incident, and names the files of folders.
    public var builder: ReportBuilder
    /// How many threads reconcile and measure.
    public var width: Int
    /// About how many bytes of rendered rows stay in memory before they go to a scratch file.
    public var rowBudget: Int
    /// How text fields are written.
    public var csvStyle: CSVStyle

    /// Creates a streamer.
    public init(
        builder: ReportBuilder, width: Int = ProcessInfo.processInfo.activeProcessorCount, rowBudget: Int = 1 << 20,
        csvStyle: CSVStyle = .neutralised
    ) {
        self.builder = builder
        self.csvStyle = csvStyle
        self.width = max(1, width)
        self.rowBudget = rowBudget
    }

    /// Reads `paths` and writes the header and one row per incident, in time order, to `output`.
    ///
    /// `standardInput` is read once, only when `-` is named (by default up to the collector's
    /// `maxInputSize` and one byte more: a larger input fails).
    public func write(
        _ paths: [String], to output: FileOutput, standardInput: (() -> Data)? = nil
    ) throws -> Outcome {
        let collector = builder.loader.collector
        let collected = collector.collect(paths)
        let stdin: Data? =
            collected.inputs.contains(.standardInput)
            ? standardInput?() ?? StandardInput.read(limit: collector.maxInputSize) : nil
        let readers = min(width, max(1, collected.inputs.count))
        let run = StreamRun(
            inputs: collected.inputs, standardInput: stdin, builder: builder, readers: readers, rowBudget: rowBudget,
            csvStyle: csvStyle)
        let roles = readers + width
        _ = Parallel.map(roles, width: roles) { role in
            if role < readers { run.readInputs() } else { run.measureQueued() }
        }
        var state = try run.finish()
        if state.screen.mayMerge() { return .needsMerging }
        var failures = collected.problems.map { problem in
            ReadFailure(file: problem.path, reason: problem.reason, expected: "a readable file or folder")
        }
        failures += state.failures.sorted { $0.input < $1.input }.map(\.failure)
        try output.write(IncidentsCSV.table.headerLine)
        try state.sorter.drain(dropping: Set(state.failures.map(\.input))) { row in try output.write(row.text) }
        try output.flush()
        return .written(failures: failures)
    }
}

/// The shared state of one streaming run: the inputs to hand out, the queue between readers and
/// workers, and what the workers produced.
private final class StreamRun: Sendable {
    struct State {
        var nextInput = 0
        var readersLeft: Int
        var sorter: RowSorter
        var screen = MergeScreen()
        var failures: [(input: Int, failure: ReadFailure)] = []
        var spillError: SpillError?
    }

    let inputs: [InputCollector.Input]
    let standardInput: Data?
    let builder: ReportBuilder
    let csvStyle: CSVStyle
    let queue = BoundedQueue<(input: Int, incident: Incident)>(capacity: 16)
    let state: Mutex<State>

    init(
        inputs: [InputCollector.Input], standardInput: Data?, builder: ReportBuilder, readers: Int, rowBudget: Int,
        csvStyle: CSVStyle
    ) {
        self.inputs = inputs
        self.csvStyle = csvStyle
        self.standardInput = standardInput
        self.builder = builder
        state = Mutex(State(readersLeft: readers, sorter: RowSorter(budget: rowBudget)))
    }

    /// Whether the run can stop early: a merge needs the whole set, or the scratch file failed.
    var isAbandoned: Bool { state.withLock { $0.screen.needsWholeSet || $0.spillError != nil } }

    /// A reader's loop: takes the next input until none is left, queueing its incidents.
    func readInputs() {
        let reader = IncidentReader()
        while let index = state.withLock({ state -> Int? in
            guard state.nextInput < inputs.count else { return nil }
            defer { state.nextInput += 1 }
            return state.nextInput
        }) {
            if isAbandoned { continue }
            let result = InputReading.read(
                inputs[index], standardInput: standardInput, limit: builder.loader.collector.maxInputSize,
                reader: reader
            ) {
                queue.push((index, $0))
            }
            if let failure = result.failure { state.withLock { $0.failures.append((index, failure)) } }
        }
        let last = state.withLock { state -> Bool in
            state.readersLeft -= 1
            return state.readersLeft == 0
        }
        if last { queue.close() }
    }

    /// A worker's loop: reconciles, measures and renders queued incidents until the queue ends.
    func measureQueued() {
        while let (input, incident) = queue.pop() {
            let fingerprint = MergeFingerprint(incident)
            if fingerprint.needsWholeSet || isAbandoned {
                state.withLock { $0.screen.note(fingerprint) }
                continue
            }
            let measured = builder.measure(one: incident)
            let row = SortedRow(
                key: ChronologicalKey(measured), input: input, text: IncidentsCSV.table.line(measured, style: csvStyle))
            state.withLock { state in
                state.screen.note(fingerprint)
                do throws(SpillError) {
                    try state.sorter.add(row)
                } catch {
                    state.spillError = error
                }
            }
        }
    }

    /// What the workers produced, once every thread has finished.
    func finish() throws(SpillError) -> State {
        let result = state.withLock { state in state }
        if let error = result.spillError { throw error }
        return result
    }
}
