import ArgumentParser
import Chronology
import Pipeline

/// The options that say which inputs are read, shared by every command that reads files.
struct InputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The largest input file read, in bytes or with K, M or G (binary units); larger files are refused.",
            valueName: "SIZE"))
    var maxInputSize: String = "512M"

    func validate() throws {
        guard Self.bytes(maxInputSize) != nil else {
            throw ValidationError("--max-input-size expects a size such as 512M, 2G or 1048576, not \(maxInputSize)")
        }
    }

    /// The collector these options describe.
    func collector(extensions: Set<String>? = nil) -> InputCollector {
        InputCollector(
            extensions: extensions, maxInputSize: Self.bytes(maxInputSize) ?? InputCollector.defaultMaxInputSize)
    }

    /// A report builder that collects inputs by these options (a folder's files with one of
    /// `extensions`, when given) and reads times with `reconciler`.
    func builder(_ reconciler: Reconciler, extensions: Set<String>? = nil) -> ReportBuilder {
        ReportBuilder(loader: IncidentLoader(collector: collector(extensions: extensions), reconciler: reconciler))
    }

    /// `512M` → 536870912; a plain number is bytes; `nil` when not a positive size.
    static func bytes(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text.uppercased())
        if digits.hasSuffix("B") || digits.hasSuffix("I") { digits = digits.dropLast(digits.hasSuffix("IB") ? 2 : 1) }
        var scale = 1
        if let last = digits.last, let unit = units[last] {
            scale = unit
            digits = digits.dropLast()
        }
        guard let value = Int(digits), value > 0 else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: scale)
        return overflow ? nil : product
    }
}
