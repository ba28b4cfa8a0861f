import Completeness
import Foundation
import IncidentModel
import TestSupport
import Testing

/// Every rule has `Tests/RuleFixtures/<rule name>/fail.md`, which it flags, and `pass.md`, which passes
/// every rule.
@Suite struct RuleFixtureTests {
    static let ruleNames = RuleCatalog.rules().map(\.descriptor.name)

    @Test(arguments: ruleNames)
    func failingFixtureIsFlaggedByItsRule(_ name: String) throws {
        let rule = try #require(RuleCatalog.rule(name))
        let findings = try CheckSupport.findings(ruleFixture: "\(name)/fail.md")
        let own = findings.filter { $0.code == rule.descriptor.id }
        #expect(!own.isEmpty, "\(name) did not flag its failing fixture; got \(findings.map(\.code))")
        for finding in own {
            #expect(finding.place.file == "RuleFixtures/\(name)/fail.md")
            #expect((finding.place.line ?? 0) >= 1)
            #expect((finding.place.column ?? 0) >= 1)
        }
    }

    @Test(arguments: ruleNames)
    func passingFixtureHasNoFindings(_ name: String) throws {
        let findings = try CheckSupport.findings(ruleFixture: "\(name)/pass.md")
        #expect(findings.isEmpty, "\(name)/pass.md: \(findings.map { "\($0.place) \($0.code) \($0.message)" })")
    }

    @Test func everyFixtureFolderBelongsToARule() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: CheckSupport.ruleFixtures.path)
        #expect(Set(folders) == Set(Self.ruleNames))
    }
}
