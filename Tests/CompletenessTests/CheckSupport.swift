import Completeness
import Foundation
import IncidentModel
import Ingest
import TestSupport

/// Helpers shared by the completeness tests.
enum CheckSupport {
    /// The findings for Markdown `text` under `configuration`.
    static func findings(
        _ text: String, file: String = "doc.md", configuration: CheckConfiguration = .standard
    ) throws -> [Diagnostic] {
        let incident = try PostmortemDocumentReader().read(Data(text.utf8), file: file)
        return PostmortemChecker().check(incident, configuration: configuration)
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
        let incident = try PostmortemDocumentReader().read(try Data(contentsOf: url), file: relative)
        return PostmortemChecker().check(incident, configuration: .standard)
    }
}
