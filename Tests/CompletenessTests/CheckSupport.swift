import Completeness
import Foundation
import IncidentModel
import Pipeline
import TestSupport

/// Helpers shared by the completeness tests: documents are checked on the one reading path
/// (`PostmortemCheckRun`: sniff → read → reconcile → measure → rules), as `postmortem check` does.
enum CheckSupport {
    /// A document the reading path could not read.
    struct Unreadable: Error, CustomStringConvertible {
        /// Why, as `check` says it.
        var description: String
    }

    /// The findings for the bytes of a document named `file`, or why it could not be read.
    static func findings(
        data: Data, file: String, configuration: CheckConfiguration = .standard
    ) throws -> [Diagnostic] {
        let result = PostmortemCheckRun().check(data: data, file: file, configuration: configuration)
        if let failure = result.failure { throw Unreadable(description: failure) }
        return result.findings
    }

    /// The findings for Markdown `text` under `configuration`.
    static func findings(
        _ text: String, file: String = "doc.md", configuration: CheckConfiguration = .standard
    ) throws -> [Diagnostic] {
        try findings(data: Data(text.utf8), file: file, configuration: configuration)
    }

    /// The findings for a file under `Fixtures/`.
    static func findings(fixture relative: String) throws -> [Diagnostic] {
        try findings(at: FixturePaths.fixture(relative), label: relative)
    }

    /// Findings for a rule's own fixture under `Tests/RuleFixtures/`, labelled `RuleFixtures/<relative>`.
    static func findings(ruleFixture relative: String) throws -> [Diagnostic] {
        try findings(at: ruleFixtures.appendingPathComponent(relative), label: "RuleFixtures/" + relative)
    }

    /// The folder of the rules' failing and passing fixtures.
    static let ruleFixtures = FixturePaths.packageRoot.appendingPathComponent("Tests/RuleFixtures")

    private static func findings(at url: URL, label relative: String) throws -> [Diagnostic] {
        try findings(data: try Data(contentsOf: url), file: relative)
    }
}
