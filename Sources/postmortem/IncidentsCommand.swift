import ArgumentParser
import Foundation
import Pipeline
import Reporting

/// `postmortem incidents PATH... [--output FILE]`: one CSV row per incident read.
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

    func run() throws {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("error: give at least one PATH\n\(Self.helpMessage())\n".utf8))
            throw ExitCode(2)
        }
        let result = IncidentLoader().load(paths)
        for failure in result.failures {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
        }
        let csv = BasicIncidentTable.csv(result.incidents)
        if let output {
            do {
                try Self.writeAtomically(Data(csv.utf8), to: output)
            } catch {
                FileHandle.standardError.write(
                    Data("\(output): cannot write the CSV: \(error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(Data(csv.utf8))
        }
        if !result.failures.isEmpty { throw ExitCode(1) }
    }

    /// Writes `data` to a hidden temporary sibling of `path`, then renames it into place.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
        try data.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }
}
