import ArgumentParser
import Reporting

/// The option that says how CSV text fields are written, shared by every command that writes CSV.
struct CSVOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Write CSV text fields exactly as read: no leading ' before = + - @ tab or CR, control characters raw "
                + "(for pipelines that load the files as data, never for opening in a spreadsheet)."))
    var rawCsv = false

    /// The style these options describe.
    var style: CSVStyle { rawCsv ? .raw : .neutralised }
}
