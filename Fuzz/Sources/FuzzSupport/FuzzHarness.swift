import Chronology
import Completeness
import Foundation
import IncidentModel
import Ingest
import Pipeline
import Reporting

/// libFuzzer's `LLVMFuzzerTestOneInput` signature.
public typealias FuzzTestOneInput = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzTestOneInput
) -> CInt

/// What every fuzz target shares: the libFuzzer entry point and the pipeline steps with invariants.
public enum FuzzHarness {
    /// Runs libFuzzer's driver; each target's `<Target>_main` calls this.
    ///
    /// SwiftPM links an executable with `main` aliased to `<Target>_main`, which `-parse-as-library`
    /// never emits, so each target defines it and hands over to `LLVMFuzzerRunDriver`.
    public static func main(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ body: FuzzTestOneInput
    ) -> CInt {
        var count = argc
        var vector = argv
        return llvmFuzzerRunDriver(&count, &vector, body)
    }

    /// The input as `Data`.
    public static func data(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> Data {
        Data(bytes: bytes, count: size)
    }

    /// Reads `data` as `postmortem incidents` does (sniff, read, merge, reconcile, measure), writes
    /// the incident table, and traps when an invariant breaks: a failure must name the file, places
    /// must name the file and a line ≥ 1.
    public static func readAll(_ data: Data, file: String) {
        let result = IncidentReader().read(data, file: file)
        if let failure = result.failure {
            expect(failure.message.hasPrefix(file + ":"), "failure message without the file: \(failure.message)")
            expect(!failure.reason.isEmpty, "failure without a reason")
            checkPlace(failure.place, file: file)
        }
        for incident in result.incidents {
            checkPlace(incident.place, file: file)
            for update in incident.updates { checkPlace(update.written.place, file: file) }
            for diagnostic in incident.diagnostics { checkPlace(diagnostic.place, file: file) }
        }
        let measured = ReportBuilder().measure(IncidentMerger().merge(result.incidents))
        let csv = IncidentsCSV.table.render(measured)
        expect(csv.hasPrefix("incident_id,"), "the CSV does not start with its header")
    }

    /// Checks `data` as `postmortem check` does (Markdown and HTML postmortems, and exports that
    /// hold postmortems) and renders the findings in every output format.
    public static func checkAll(_ data: Data, file: String) {
        let check = PostmortemCheckRun().check(data: data, file: file)
        if let failure = check.failure { expect(failure.contains(file), "check failure without the file: \(failure)") }
        for finding in check.findings { checkPlace(finding.place, file: file) }
        let report = CheckReport(files: [check], rules: RuleCatalog.rules(for: .standard).map(\.descriptor))
        for format in [CheckFormat.human, .github, .junit, .sarif, .json] {
            let text = CheckFormatters.formatter(for: format).format(report)
            expect(text.hasSuffix("\n") || text.isEmpty, "\(format) output does not end with a newline")
        }
    }

    private static func checkPlace(_ place: SourcePlace, file: String) {
        expect(place.file == file, "place names another file: \(place)")
        if let line = place.line { expect(line >= 1, "line \(line) < 1 at \(place)") }
        if let column = place.column { expect(column >= 0, "column \(column) < 0 at \(place)") }
    }

    /// Traps with `message` when `condition` is false, so libFuzzer records the input.
    public static func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant: " + message()) }
    }
}
