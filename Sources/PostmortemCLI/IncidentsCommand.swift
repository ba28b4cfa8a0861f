import ArgumentParser
import Foundation
import Ingest
import Pipeline
import Reporting

/// `postmortem incidents PATH... [--output FILE]`: one CSV row per incident read, with the columns of the
/// report's `incidents.csv` (copies of one incident merged, times reconciled, clocks measured).
struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "Read status-page exports and write incidents.csv (one row per incident).",
        discussion: "PATH is a file, a folder (read recursively) or - for standard input; the format is sniffed "
            + "from the content. Each input that cannot be read gets one line on stderr and the others are still "
            + "read. Exit 1 when any input failed, 2 on usage errors."
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(name: .long, help: "Write the CSV to FILE (atomically) instead of standard output.")
    var output: String?

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var csv: CSVOptions

    @OptionGroup var archive: ArchiveOptions

    func validate() throws { try archive.validate(paths: paths) }

    func run() throws {
        guard !paths.isEmpty || archive.db != nil else {
            StandardError.text("error: give at least one PATH, or --db\n\(Self.helpMessage())")
            throw ExitCode(2)
        }
        let archived = try archive.load(with: input.builder(reading.reconciler).loader)
        let limit = input.collector(extensions: nil).maxInputSize
        let standardInput = paths.contains("-") ? StandardInput.read(limit: limit) : Data()
        var failures: [ReadFailure] = []
        do {
            if let output {
                try AtomicFileWriter().write(to: URL(fileURLWithPath: output)) { sink in
                    failures = try write(to: sink, standardInput: standardInput, archived: archived)
                }
            } else {
                let sink = FileOutput.standardOutput()
                failures = try write(to: sink, standardInput: standardInput, archived: archived)
            }
        } catch {
            StandardError.line("postmortem incidents: cannot write the CSV: \(error)")
            throw ExitCode(1)
        }
        for failure in failures {
            StandardError.line(failure.message)
        }
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// Writes the CSV, streaming when it can.
    ///
    /// The rows stream when no two incidents can be merged (flat memory); otherwise the inputs are
    /// read as a whole set, merged, measured and sorted. Both give the same file.
    private func write(
        to sink: FileOutput, standardInput: Data, archived: IncidentLoader.Result? = nil
    ) throws -> [ReadFailure] {
        let builder = input.builder(reading.reconciler)
        func writeWhole(_ result: IncidentLoader.Result) throws -> [ReadFailure] {
            let measured = builder.measure(result.incidents).sorted(by: MeasuredIncident.chronological)
            try sink.write(IncidentsCSV.table.render(measured, style: csv.style))
            try sink.flush()
            return result.failures
        }
        if let archived { return try writeWhole(archived) }
        switch try IncidentTableStreamer(builder: builder, csvStyle: csv.style).write(
            paths, to: sink, standardInput: { standardInput })
        {
        case .written(let failures):
            return failures
        case .needsMerging:
            return try writeWhole(builder.loader.load(paths, standardInput: { standardInput }))
        }
    }
}
