import ArgumentParser
import Foundation

/// The `postmortem` command: incident records in, numbers a reliability team can trust out.
struct PostmortemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postmortem",
        abstract: "Turn status-page exports and postmortems into reconciled timelines, metrics and reports.",
        discussion: """
            Exit codes: 0 ok; 1 findings, or an input that could not be read; 2 usage errors \
            (`check` also uses 2 for an input it could not read; see `postmortem check --help`).
            """,
        version: "0.1.0",
        subcommands: [
            IncidentsCommand.self,
            TimelineCommand.self,
            CheckCommand.self,
            NewCommand.self,
            ReportCommand.self,
            ImportCommand.self,
            PullCommand.self,
        ]
    )

    /// Runs the command, mapping argument errors to exit code 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardError.text(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
