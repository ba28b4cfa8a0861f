import ArgumentParser
import Foundation
import Pipeline
import Reporting

/// `postmortem report PATH... --out DIR`: CSV files, a Markdown (or JSON) report and SVG charts.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of a period: five CSV files, report.md with SVG charts (or report.json).",
        discussion: """
            PATH is a file, a folder (read recursively) or - for standard input. Without --month or \
            --from/--to the report covers every incident read, and each vendor's \
            availability is measured over the whole UTC months its own incidents run in. An incident counts when its impact window \
            overlaps the period. Same inputs, same bytes: nothing in the output depends on the time of the \
            run unless --stamp is given. The report is written into a hidden folder beside DIR and swapped \
            in whole, so DIR holds one run's files; a second run into DIR while one writes it refuses. \
            Nothing is written when a PATH does not exist or no input could be read.
            A --vendor that no incident read has gets a warning on stderr naming the vendors read; the \
            (empty) report is still written and the exit code stays 0, since a filter that matches nothing \
            is not an input that failed.
            Exit 0 when written; 1 when an input could not be read (the report is still written when \
            another was), nothing was written, or the folder cannot be written; 2 on usage errors.
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("The folder to write into (created if needed).", valueName: "DIR"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("A UTC calendar month.", valueName: "YYYY-MM"))
    var month: String?

    @Option(name: .long, help: ArgumentHelp("Start of the period, inclusive, UTC.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("End of the period, exclusive, UTC.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Only this vendor (repeatable; compared without case).", valueName: "NAME"))
    var vendor: [String] = []

    @Option(name: .long, help: "report.md and SVG charts, report.html (charts inline) or report.json.")
    var format: ReportWriter.Format = .markdown

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Group the breakdown by vendor, component, impact or a front-matter key (team, service, severity).",
            valueName: "KEY"))
    var groupBy: String = "vendor"

    @Option(name: .long, help: "Detail sections for all incidents, the notable ones or none.")
    var details: ReportOptions.Details = .notable

    @Flag(name: .long, help: "Print the generation time in the report (breaks byte-for-byte reproducibility).")
    var stamp = false

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var csv: CSVOptions

    func validate() throws {
        guard !paths.isEmpty || archive.db != nil else { throw ValidationError("give at least one PATH, or --db") }
        try archive.validate(paths: paths)
        guard out != nil else { throw ValidationError("give the folder to write into with --out DIR") }
        guard !groupBy.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--group-by needs a key: vendor, component, impact or a front-matter key")
        }
        _ = try period()
    }

    /// The period asked for: `--month`, `--from`/`--to`, or every incident.
    func period() throws -> ReportPeriod {
        do {
            if let month {
                guard from == nil, to == nil else {
                    throw ValidationError("give either --month or --from/--to, not both")
                }
                return try ReportPeriod.month(month)
            }
            return try ReportPeriod.range(from: from, to: to)
        } catch let error as ReportPeriod.ParseError {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let period = try period()
        let folder = out ?? "."
        let missing = paths.filter { $0 != "-" && !FileManager.default.fileExists(atPath: $0) }
        guard missing.isEmpty else {
            for path in missing { Self.error("\(path): no such file or folder; nothing written to \(folder)") }
            throw ExitCode(1)
        }
        let builder = input.builder(reading.reconciler)
        let archived = try archive.load(with: builder.loader, period: period)
        let outcome = builder.build(
            loaded: archived?.loaded ?? builder.loader.load(paths), period: period, vendors: vendor,
            generated: stamp ? Date() : nil, options: ReportOptions(groupBy: groupBy.lowercased(), details: details),
            context: archived?.context)
        for failure in outcome.failures { Self.error(failure.message) }
        guard outcome.inputsRead > 0 || outcome.failures.isEmpty else {
            Self.error("\(folder): no input could be read; nothing written")
            throw ExitCode(1)
        }
        for warning in outcome.vendorWarnings { Self.error("warning: " + warning) }
        let written: [URL]
        do {
            written = try ReportWriter(format: format, csvStyle: csv.style).write(
                outcome.report, to: URL(fileURLWithPath: folder))
        } catch let error as AtomicFileWriter.WriteError {
            Self.error("\(error.path): cannot write the report: \(error.reason)")
            throw ExitCode(1)
        } catch {
            Self.error("\(folder): cannot write the report: \(error)")
            throw ExitCode(1)
        }
        let count = outcome.report.unplanned.count
        let maintenance = outcome.report.maintenances.count
        let scope =
            period == .all ? "read" : period.start != nil && period.end != nil ? "in \(period.label)" : period.label
        var counted = "\(count) incident\(count == 1 ? "" : "s")"
        if maintenance > 0 { counted += " and \(maintenance) maintenance\(maintenance == 1 ? "" : "s")" }
        print("\(folder): \(counted) \(scope), \(written.count) files written")
        if !outcome.failures.isEmpty { throw ExitCode(1) }
    }

    private static func error(_ line: String) {
        StandardError.line(line)
    }
}
