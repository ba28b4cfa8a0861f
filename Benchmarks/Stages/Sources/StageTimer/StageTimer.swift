import Chronology
import Dispatch
import Foundation
import IncidentModel
import Metrics
import Ingest
import Pipeline
import Reporting

/// `StageTimer FILE...`: reads the files as `postmortem report` does, one stage at a time, and prints
/// each stage's wall time, one JSON object per line. Stages run on one thread unless named
/// `parallel`, so their times add up and compare with the single-threaded C reference.
@main
struct StageTimer {
    static func main() {
        let paths = Array(CommandLine.arguments.dropFirst())
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: StageTimer FILE...\n".utf8))
            exit(2)
        }
        var incidents: [Incident] = []
        var bytes = 0
        let read = time {
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                bytes += data.count
                incidents += IncidentReader().read(data, file: path).incidents
            }
        }
        report("read", read, ["bytes": bytes, "incidents": incidents.count, "updates": incidents.map(\.updates.count).reduce(0, +)])
        var merged: [Incident] = []
        report("merge", time { merged = IncidentMerger().merge(incidents) }, ["incidents": merged.count])
        let reconciler = Reconciler()
        var reconciled: [Incident] = []
        report("reconcile", time { reconciled = merged.map { reconciler.reconcile($0) } }, [:])
        let measurer = IncidentMeasurer()
        var measured: [MeasuredIncident] = []
        report(
            "measure",
            time {
                measured = zip(merged, reconciled).map { read, incident in
                    MeasuredIncident(
                        incident: incident, metrics: measurer.measure(incident), readingDiagnosticCount: read.diagnostics.count)
                }
            }, [:])
        var csv = ""
        report("incidents.csv", time { csv = IncidentsCSV.table.render(measured) }, ["bytes": csv.utf8.count])
        report("reconcile+measure parallel", time { measured = ReportBuilder().measure(merged) }, [:])
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func report(_ stage: String, _ seconds: Double, _ extra: [String: Int]) {
        let fields = extra.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
        print("{\"stage\": \"\(stage)\", \"seconds\": \(String(format: "%.3f", seconds))\(fields.isEmpty ? "" : ", ")\(fields.joined(separator: ", "))}")
    }
}
