import Completeness
import Foundation
import IncidentModel
import TestSupport
import Testing

/// Each rule's fixtures: `fail*.md` files its rule flags, `pass*.md` files no rule flags.
///
/// Every rule has `Tests/RuleFixtures/<rule name>/fail.md` and `pass.md`; variants sit beside them
/// (`fail-no-date-anywhere.md`, `pass-bug-column.md`).
@Suite struct RuleFixtureTests {
    static let ruleNames = RuleCatalog.rules().map(\.descriptor.name)

    /// Every `<rule>/<name>.md` whose name starts with `prefix`, as `<rule>/<name>.md`.
    static func fixtures(_ prefix: String) -> [String] {
        ruleNames.flatMap { name in
            let folder = CheckSupport.ruleFixtures.appendingPathComponent(name).path
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return files.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".md") }.sorted().map { "\(name)/\($0)" }
        }
    }

    static let failing = fixtures("fail")
    static let passing = fixtures("pass")

    @Test(arguments: failing)
    func failingFixtureGetsExactlyItsFindings(_ fixture: String) throws {
        let name = String(fixture.prefix { $0 != "/" })
        let rule = try #require(RuleCatalog.rule(name))
        let expected = try #require(RuleFixtureFindings.expected[fixture], "\(fixture) has no expected findings")
        #expect(expected.contains { $0.rule == rule.descriptor.id }, "\(fixture) expects nothing of \(name)")
        let findings = try CheckSupport.findings(ruleFixture: fixture)
        for finding in findings { #expect(finding.place.file == "RuleFixtures/\(fixture)") }
        let got = findings.map {
            RuleFixtureFindings.Expected($0.code, $0.place.line ?? 0, $0.place.column ?? 0, $0.message)
        }
        #expect(got == expected, "\(fixture): got \(got.map(\.description))")
    }

    @Test func everyExpectationHasItsFixture() {
        #expect(Set(RuleFixtureFindings.expected.keys) == Set(Self.failing))
    }

    @Test(arguments: passing)
    func passingFixtureHasNoFindings(_ fixture: String) throws {
        let findings = try CheckSupport.findings(ruleFixture: fixture)
        #expect(findings.isEmpty, "\(fixture): \(findings.map { "\($0.place) \($0.code) \($0.message)" })")
    }

    @Test func everyRuleHasAFailingAndAPassingFixture() {
        for name in Self.ruleNames {
            #expect(Self.failing.contains("\(name)/fail.md"), "\(name) has no fail.md")
            #expect(Self.passing.contains("\(name)/pass.md"), "\(name) has no pass.md")
        }
    }

    @Test func everyFixtureFolderBelongsToARule() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: CheckSupport.ruleFixtures.path)
        #expect(Set(folders) == Set(Self.ruleNames))
    }

    @Test func everyFixtureIsAPassOrAFail() throws {
        for name in Self.ruleNames {
            let folder = CheckSupport.ruleFixtures.appendingPathComponent(name).path
            for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
                #expect(file.hasSuffix(".md") && (file.hasPrefix("pass") || file.hasPrefix("fail")), "\(name)/\(file)")
            }
        }
    }
}
