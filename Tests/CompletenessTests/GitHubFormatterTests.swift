import IncidentModel
import Testing

@testable import Completeness

@Suite struct GitHubFormatterTests {
    static let rules = [
        RuleDescriptor(
            id: "PM002", name: "section.impact", defaultSeverity: .error, summary: "s", hint: "Add it.",
            rationale: "r", example: "e"),
        RuleDescriptor(
            id: "PM020", name: "language.blame", defaultSeverity: .warning, summary: "s", hint: "Be kind.",
            rationale: "r", example: "e"),
    ]

    @Test func everyLineIsAWorkflowCommand() {
        let report = CheckReport(
            files: [
                FileCheck(
                    file: "docs/a, b.md",
                    findings: [
                        Diagnostic(
                            code: "PM002", severity: .error,
                            place: SourcePlace(file: "docs/a, b.md", line: 3, column: 1),
                            message: "no Impact: 100% missing"),
                        Diagnostic(
                            code: "PM020", severity: .warning,
                            place: SourcePlace(file: "docs/a, b.md", line: 9, column: 14), message: "line1\r\nline2"),
                        Diagnostic(
                            code: "PM099", severity: .note, place: SourcePlace(file: "x:y.md", line: 1, column: 2),
                            message: "n"),
                    ]),
                FileCheck(file: "bad.md", failure: "bad.md:2: not YAML"),
            ], rules: Self.rules)
        let lines = GitHubFormatter().format(report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines == [
                "::error file=docs/a%2C b.md,line=3,col=1,title=PM002 section.impact::no Impact: 100%25 missing%0AAdd it.",
                "::warning file=docs/a%2C b.md,line=9,col=14,title=PM020 language.blame::line1%0D%0Aline2%0ABe kind.",
                "::notice file=x%3Ay.md,line=1,col=2,title=PM099::n",
                "::error file=bad.md,title=cannot read file::bad.md:2: not YAML",
                "",
            ])
    }

    @Test func escapingFollowsTheRunnerRules() {
        #expect(GitHubFormatter.data("50%\r\n") == "50%25%0D%0A")
        #expect(GitHubFormatter.data("a:b,c") == "a:b,c")
        #expect(GitHubFormatter.property("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }
}
