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

    @Option(name: .long, help: "Output format: table, csv or json.")
    var format: String = "table"

    @Option(
        name: .long,
        help: "How to read a standard-time label in daylight season (EST in May): auto, literal or regional.")
    var zoneLabels: String = "auto"

    @Option(name: .long, help: "Zone for times with none written, declared or on the page (default UTC).")
    var defaultZone: String?

    @Option(
        name: .long, parsing: .singleValue,
        help: "Meaning of an ambiguous abbreviation, LABEL=tz-identifier (e.g. IST=Europe/London); repeatable.")
    var ambiguous: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH") }
        guard TimelineRenderer.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be table, csv or json, not \(format)")
        }
        guard ReconcileOptions.ZoneLabels(rawValue: zoneLabels) != nil else {
            throw ValidationError("--zone-labels must be auto, literal or regional, not \(zoneLabels)")
        }
        if let defaultZone, ZoneTable.standard.lookup(defaultZone) == nil {
            throw ValidationError("--default-zone \(defaultZone) is not a zone label, tz identifier or offset")
        }
        for pair in ambiguous {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, TimeZone(identifier: parts[1]) != nil else {
                throw ValidationError("--ambiguous expects LABEL=tz-identifier (IST=Asia/Kolkata), not \(pair)")
            }
        }
    }

    func run() throws {
        var options = ReconcileOptions(zoneLabels: ReconcileOptions.ZoneLabels(rawValue: zoneLabels) ?? .auto)
        options.defaultZone = defaultZone
        for pair in ambiguous {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { options.ambiguousZones[parts[0].uppercased()] = parts[1] }
        }
        let reconciler = Reconciler(options: options)
        let result = IncidentLoader(reconcile: { reconciler.reconcile($0) }).load(paths)
        for failure in result.failures {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        }
        let output = TimelineRenderer().render(
            result.incidents, format: TimelineRenderer.Format(rawValue: format) ?? .table)
        FileHandle.standardOutput.write(Data(output.utf8))
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
