import ArgumentParser
import Chronology
import Foundation
import Pipeline
import Reporting

/// `postmortem timeline PATH... [--format table|csv|json]`: each incident's reconciled timeline.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print each incident's reconciled timeline: UTC instant, text as written, source, zone reading.",
        discussion: "Every status-update time, time in an update body and postmortem line is read to UTC. The "
            + "reading column says how the zone was read (literal offset, region with DST, exact machine field, "
            + "declared, page or assumed). Diagnostics are printed with each incident. Exit 1 when any input "
            + "could not be read, 2 on usage errors."
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(name: .long, help: "Output format (csv has the columns of the report's timeline.csv).")
    var format: TimelineRenderer.Format = .table

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var csv: CSVOptions

    @OptionGroup var archive: ArchiveOptions

    func validate() throws {
        guard !paths.isEmpty || archive.db != nil else { throw ValidationError("give at least one PATH, or --db") }
        try archive.validate(paths: paths)
    }

    func run() throws {
        let loader = IncidentLoader(collector: input.collector(), reconciler: reading.reconciler)
        let result = try archive.load(with: loader) ?? loader.load(paths)
        for failure in result.failures {
            StandardError.line(failure.message)
        }
        let output = TimelineRenderer(csvStyle: csv.style).render(result.incidents, format: format)
        FileHandle.standardOutput.write(Data(output.utf8))
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
