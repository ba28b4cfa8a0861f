import Chronology
import Completeness
import Foundation
import IncidentModel
import Pipeline
import Testing

@Suite struct ConfigurationTests {
    static let incomplete = """
        # Outage

        ## Summary

        The human error in the deploy broke logins.

        ## Security review

        Nothing leaked.
        """

    @Test func rulesCanBeTurnedOffOrChanged() throws {
        let configuration = try ConfigurationLoader().parse(
            """
            rules:
              PM002: off
              language.blame: error
            """, file: ".postmortem.yml")
        let findings = try CheckSupport.findings(Self.incomplete, configuration: configuration)
        #expect(!findings.contains { $0.code == "PM002" })
        #expect(findings.contains { $0.code == "PM004" })
        #expect(findings.first { $0.code == "PM020" }?.severity == .error)
    }

    @Test func sectionsCanGainSynonymsAndBeAdded() throws {
        let configuration = try ConfigurationLoader().parse(
            """
            default_zone: UTC
            sections:
              impact:
                synonyms: [Security review]
              postmortem-meeting:
                title: Review meeting
                synonyms: [Review meeting, Meeting notes]
              ops-signoff:
                severity: warning
            """, file: ".postmortem.yml")
        #expect(configuration.defaultZone == "UTC")
        let findings = try CheckSupport.findings(Self.incomplete, configuration: configuration)
        #expect(!findings.contains { $0.code == "PM002" }, "Security review now counts as Impact")
        let custom = try #require(findings.first { $0.code == "section.postmortem-meeting" })
        #expect(custom.severity == .error)
        #expect(custom.message.contains("Review meeting"))
        #expect(findings.first { $0.code == "section.ops-signoff" }?.severity == .warning)
    }

    @Test func readingSettingsFillWhatTheCommandLineLeavesOpen() throws {
        let loader = ConfigurationLoader()
        let configuration = try loader.parse(
            "default_zone: America/New_York\nzone_labels: literal\nambiguous:\n  ist: Asia/Kolkata\n", file: "c.yml")
        #expect(configuration.reading.zoneLabels == .literal)
        #expect(configuration.reading.ambiguousZones == ["IST": "Asia/Kolkata"])
        let badZone = #expect(throws: ConfigurationError.self) {
            try loader.parse("ambiguous:\n  IST: Somewhere/Else\n", file: "c.yml")
        }
        #expect(badZone?.line == 2)
        #expect(throws: ConfigurationError.self) { try loader.parse("zone_labels: loose\n", file: "c.yml") }
        let run = PostmortemCheckRun(
            builder: ReportBuilder(
                loader: IncidentLoader(
                    reconciler: Reconciler(options: ReconcileOptions(ambiguousZones: ["IST": "Europe/Dublin"])))))
        let inForce = run.reading(configuration).reading
        #expect(inForce.defaultZone == "America/New_York")
        #expect(inForce.zoneLabels == .literal)
        #expect(inForce.ambiguousZones == ["IST": "Europe/Dublin"], "the command line wins")
    }

    @Test func mistakesNameTheLine() {
        let loader = ConfigurationLoader()
        let unknownRule = #expect(throws: ConfigurationError.self) {
            try loader.parse("rules:\n  PM999: off\n", file: "c.yml")
        }
        #expect(unknownRule?.line == 2)
        #expect(unknownRule?.reason.contains("PM999") == true)
        let badSeverity = #expect(throws: ConfigurationError.self) {
            try loader.parse("rules:\n  PM001: loud\n", file: "c.yml")
        }
        #expect(badSeverity?.line == 2)
        let unknownKey = #expect(throws: ConfigurationError.self) { try loader.parse("colour: red\n", file: "c.yml") }
        #expect(unknownKey?.line == 1)
    }

    @Test func defaultFileParsesToTheBuiltInRules() throws {
        let configuration = try ConfigurationLoader().parse(DefaultConfiguration.text, file: ".postmortem.yml")
        #expect(configuration.ruleSeverities.isEmpty)
        #expect(configuration.sections == StandardSections.all)
        for rule in RuleCatalog.rules() {
            #expect(DefaultConfiguration.text.contains("# \(rule.descriptor.id): \(rule.descriptor.defaultSeverity)"))
        }
    }

    @Test func configurationIsFoundAboveTheFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-config-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("rules:\n  PM001: off\n".utf8).write(to: root.appendingPathComponent(".postmortem.yml"))
        let document = nested.appendingPathComponent("pm.md")
        try Data(Self.incomplete.utf8).write(to: document)
        #expect(ConfigurationLoader().find(above: document.path) == root.appendingPathComponent(".postmortem.yml").path)
        let report = try PostmortemCheckRun().check([document.path])
        #expect(report.files.count == 1)
        #expect(!report.findings.isEmpty)
        #expect(!report.rules.contains { $0.id == "PM001" })
    }

    @Test func defaultZoneAcceptsTimelinesWithoutOne() throws {
        let text = "# T\n\n## Timeline\n\n- 14:02 Impact starts\n- 14:09 Alert pages on-call\n- 15:00 Resolved\n"
        #expect(
            try CheckSupport.findings(text).filter { $0.code == "PM014" }.count == 1, "one finding: the fix is one line"
        )
        let configuration = try ConfigurationLoader().parse("default_zone: UTC\n", file: "c.yml")
        #expect(try CheckSupport.findings(text, configuration: configuration).filter { $0.code == "PM014" }.isEmpty)
    }
}

/// `.postmortem.yml` shares the front matter's alias limit.
@Suite struct ConfigurationAliasLimitTests {
    @Test func configurationAliasBombIsRefused() {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = Array("abcdefghi").map(String.init)
        for level in 1..<names.count {
            let references = Array(repeating: "*" + names[level - 1], count: 9).joined(separator: ", ")
            lines.append("\(names[level]): &\(names[level]) [" + references + "]")
        }
        let text = "rules:\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
        #expect {
            _ = try ConfigurationLoader().parse(text, file: ".postmortem.yml")
        } throws: { error in
            "\(error)".contains("aliases are limited")
        }
    }
}
