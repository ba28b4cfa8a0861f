import ArgumentParser
import Completeness
import Foundation
import Ingest
import Pipeline

/// `postmortem check`: the postmortem completeness gate for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check postmortems for missing sections, untimed or unordered timelines and unowned action items.",
        discussion: """
            Folders are searched recursively for *.md and *.html; a file named on the command line is \
            read whatever its name, its format sniffed from the content as every command does (a \
            status-page export has the postmortems inside it checked). Times are read, reconciled and \
            measured as `report` does, so the milestones, sections and times checked are the report's. \
            Each file uses the nearest .postmortem.yml above it unless --config is given; its \
            default_zone applies when --default-zone is not given.

            Exit codes: 0 clean; 1 an error was found (a warning too with --strict); 2 a usage error, \
            a bad configuration or an input that could not be read (the other files are still checked).
            """)

    @Argument(help: "Postmortem files or folders; - reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format.")
    var format: CheckFormat = .human

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @Option(help: "Use this configuration file for every postmortem.")
    var config: String?

    @Flag(name: .customLong("init"), help: "Write a commented default .postmortem.yml in the current folder.")
    var initialize = false

    @Option(help: "Print a rule's rationale and an example (by id or name, e.g. PM002 or section.impact).")
    var explain: String?

    @Flag(help: "List the rules with their default severities.")
    var listRules = false

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var input: InputOptions

    func run() throws {
        let fixed = try loadConfiguration()
        if initialize { return try writeDefaultConfiguration() }
        if let explain { return try printExplanation(explain, configuration: fixed ?? .standard) }
        if listRules {
            for rule in RuleCatalog.rules(for: fixed ?? .standard) {
                let severity = (fixed ?? .standard).severity(for: rule.descriptor)?.rawValue ?? "off"
                print(
                    "\(rule.descriptor.id)  \(rule.descriptor.name.padding(toLength: 32, withPad: " ", startingAt: 0))"
                        + "\(severity.padding(toLength: 8, withPad: " ", startingAt: 0))\(rule.descriptor.summary)")
            }
            return
        }
        guard !paths.isEmpty else {
            throw usage("name the postmortem files or folders to check (or - for standard input)")
        }
        let builder = input.builder(reading.reconciler, extensions: ["md", "markdown", "html", "htm"])
        let report: CheckReport
        do {
            report = try PostmortemCheckRun(builder: builder, configuration: fixed).check(paths)
        } catch {
            throw failure("bad configuration: \(error)")
        }
        for failed in report.failures {
            StandardError.line("postmortem check: cannot read \(failed.failure ?? failed.file)")
        }
        let colour =
            format == .human && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = CheckFormatters.formatter(for: format, colour: colour, strict: strict).format(report)
        FileHandle.standardOutput.write(Data(text.utf8))
        let code = report.exitCode(strict: strict)
        if code != 0 { throw ExitCode(code) }
    }

    private func loadConfiguration() throws -> CheckConfiguration? {
        guard let config else { return nil }
        do {
            return try ConfigurationLoader().load(path: config)
        } catch {
            throw failure("bad configuration: \(error)")
        }
    }

    private func writeDefaultConfiguration() throws {
        let path = ConfigurationLoader.fileNames[0]
        guard !FileManager.default.fileExists(atPath: path) else {
            throw failure("\(path) already exists; remove it first to write the default again")
        }
        do {
            try Data(DefaultConfiguration.text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw failure("\(path): cannot write (\(error.localizedDescription))")
        }
        print("wrote \(path)")
    }

    private func printExplanation(_ key: String, configuration: CheckConfiguration) throws {
        guard let rule = RuleCatalog.rule(key, for: configuration) else {
            throw usage("unknown rule `\(key)`; `postmortem check --list-rules` lists them")
        }
        print(RuleExplanation.text(for: rule.descriptor, severity: configuration.severity(for: rule.descriptor)))
    }

    private func usage(_ message: String) -> ExitCode {
        StandardError.line("postmortem check: \(message)")
        return ExitCode(2)
    }

    private func failure(_ message: String) -> ExitCode { usage(message) }
}
