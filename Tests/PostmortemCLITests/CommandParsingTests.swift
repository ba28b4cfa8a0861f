import ArgumentParser
import Chronology
import Completeness
import Foundation
import Reporting
import Testing

@testable import PostmortemCLI

/// Each command's options, run through the parsed command as the executable parses them.
@Suite struct CommandParsingTests {
    /// The subcommand `arguments` parse to, as type `T`.
    static func parse<T: ParsableCommand>(_ arguments: [String], as type: T.Type) throws -> T {
        let parsed = try PostmortemCommand.parseAsRoot(arguments)
        return try #require(parsed as? T, "\(arguments) parsed to \(Swift.type(of: parsed))")
    }

    @Test func timelineTakesEachFormatAndTheReadingOptions() throws {
        for format in TimelineRenderer.Format.allCases {
            let command = try Self.parse(["timeline", "a.rss", "--format", format.rawValue], as: TimelineCommand.self)
            #expect(command.format == format)
        }
        let command = try Self.parse(
            [
                "timeline", "a.rss", "b", "--zone-labels", "literal", "--default-zone", "America/New_York",
                "--ambiguous", "ist=Europe/London", "--max-input-size", "2K",
            ], as: TimelineCommand.self)
        #expect(command.paths == ["a.rss", "b"])
        #expect(command.format == .table)
        let options = command.reading.reconciler.options
        #expect(options.zoneLabels == .literal)
        #expect(options.defaultZone == "America/New_York")
        #expect(options.ambiguousZones == ["IST": "Europe/London"])
        #expect(command.input.collector().maxInputSize == 2048)
    }

    @Test func aValueOutsideTheSetIsAUsageErrorThatListsTheSet() {
        let cases: [([String], [String])] = [
            (["timeline", "a", "--format", "xml"], TimelineRenderer.Format.allCases.map(\.rawValue)),
            (["check", "a", "--format", "xml"], CheckFormat.allCases.map(\.rawValue)),
            (["report", "a", "--out", "o", "--format", "pdf"], ReportWriter.Format.allCases.map(\.rawValue)),
            (["report", "a", "--out", "o", "--details", "some"], ReportOptions.Details.allCases.map(\.rawValue)),
            (["incidents", "a", "--zone-labels", "local"], ReconcileOptions.ZoneLabels.allCases.map(\.rawValue)),
        ]
        for (arguments, values) in cases {
            do {
                _ = try PostmortemCommand.parseAsRoot(arguments)
                Issue.record("\(arguments) parsed")
            } catch {
                #expect(PostmortemCommand.exitCode(for: error) == .validationFailure, "\(arguments)")
                let message = PostmortemCommand.message(for: error)
                for value in values { #expect(message.contains("'\(value)'"), "\(arguments): \(message)") }
            }
        }
    }

    @Test func helpAndCompletionListTheValues() {
        let help = PostmortemCommand.helpMessage(for: CheckCommand.self).split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(help.contains("(values: human, github, junit, sarif, json; default: human)"), "\(help)")
        let bash = PostmortemCommand.completionScript(for: .bash)
        let lists = [
            TimelineRenderer.Format.allCases.map(\.rawValue), CheckFormat.allCases.map(\.rawValue),
            ReportWriter.Format.allCases.map(\.rawValue), ReportOptions.Details.allCases.map(\.rawValue),
            ReconcileOptions.ZoneLabels.allCases.map(\.rawValue),
        ]
        for values in lists {
            // Bash completion offers the words one a line: 'a'$'\n''b'.
            let words = values.map { "'\($0)'" }.joined(separator: "$'\\n'")
            #expect(bash.contains("-W \(words)"), "completion does not offer \(values)")
        }
    }

    @Test func checkTakesItsFormatsAndFlags() throws {
        for format in CheckFormat.allCases {
            let command = try Self.parse(["check", "pm.md", "--format", format.rawValue], as: CheckCommand.self)
            #expect(command.format == format)
        }
        let command = try Self.parse(
            ["check", "pm.md", "--strict", "--config", "c.yml", "--explain", "PM002", "--list-rules"],
            as: CheckCommand.self)
        #expect(command.format == .human)
        #expect(command.strict && command.listRules && !command.initialize)
        #expect(command.config == "c.yml")
        #expect(command.explain == "PM002")
    }

    @Test func incidentsAndNewTakeTheirOptions() throws {
        let incidents = try Self.parse(
            ["incidents", "-", "--output", "out.csv", "--zone-labels", "regional"], as: IncidentsCommand.self)
        #expect(incidents.paths == ["-"])
        #expect(incidents.output == "out.csv")
        #expect(incidents.reading.reconciler.options.zoneLabels == .regional)
        let new = try Self.parse(
            ["new", "Queue stalls", "--date", "2025-01-10", "--zone", "EST", "-o", "-"], as: NewCommand.self)
        #expect(new.title == "Queue stalls")
        #expect(new.date == "2025-01-10")
        #expect(new.zone == "EST")
        #expect(new.output == "-")
    }

    @Test func reportTakesEveryOption() throws {
        let command = try Self.parse(
            [
                "report", "in", "--out", "o", "--from", "2025-01-01", "--to", "2025-02-01", "--vendor", "A",
                "--vendor", "b", "--format", "html", "--group-by", "component", "--details", "all", "--stamp",
            ], as: ReportCommand.self)
        #expect(command.vendor == ["A", "b"])
        #expect(command.format == .html)
        #expect(command.groupBy == "component")
        #expect(command.details == .all)
        #expect(command.stamp)
        #expect(try command.period().label == "2025-01-01 to 2025-02-01")
        #expect(throws: (any Error).self) {
            try PostmortemCommand.parseAsRoot([
                "report", "in", "--out", "o", "--month", "2025-01", "--from", "2025-01-01",
            ])
        }
        #expect(throws: (any Error).self) { try PostmortemCommand.parseAsRoot(["report", "in"]) }
    }
}
