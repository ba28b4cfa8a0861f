import ArgumentParser
import Chronology
import Foundation

/// The options that say how written times are read, shared by every command that reads incidents.
struct ReadingOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "How to read a standard-time label in daylight season (EST in May).")
    var zoneLabels: ReconcileOptions.ZoneLabels = .auto

    @Option(name: .long, help: "Zone for times with none written, declared or on the page (default UTC).")
    var defaultZone: String?

    @Option(
        name: .long, parsing: .singleValue,
        help: "Meaning of an ambiguous abbreviation, LABEL=tz-identifier (e.g. IST=Europe/London); repeatable.")
    var ambiguous: [String] = []

    func validate() throws {
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

    /// The reconciler these options describe.
    var reconciler: Reconciler {
        var options = ReconcileOptions(zoneLabels: zoneLabels)
        options.defaultZone = defaultZone
        for pair in ambiguous {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { options.ambiguousZones[parts[0].uppercased()] = parts[1] }
        }
        return Reconciler(options: options)
    }
}
