import ArgumentParser

/// The `postmortem` command: incident records in, numbers a reliability team can trust out.
@main
struct PostmortemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postmortem",
        abstract: "Turn status-page exports and postmortems into reconciled timelines, metrics and reports.",
        discussion: """
            Exit codes: 0 ok; 1 findings, or an input that could not be read; 2 usage errors.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, NewCommand.self]
    )
}
