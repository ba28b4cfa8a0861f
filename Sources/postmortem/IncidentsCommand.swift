import ArgumentParser
import Foundation
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

    func run() throws {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("error: give at least one PATH\n\(Self.helpMessage())\n".utf8))
            throw ExitCode(2)
        }
        let builder = ReportBuilder(reconciler: reading.reconciler)
        let result = builder.loader.load(paths)
        for failure in result.failures {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        }
        let measured = builder.measure(result.incidents).sorted(by: MeasuredIncident.chronological)
        let csv = IncidentsCSV.table.render(measured)
        if let output {
            do {
                try AtomicFileWriter().write(csv, to: URL(fileURLWithPath: output))
            } catch {
                FileHandle.standardError.write(Data("\(output): cannot write the CSV: \(error)\n".utf8))
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(Data(csv.utf8))
        }
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
