import Foundation
import Pipeline
import Pull
import Testing

/// The `pull:` list of `.postmortem.yml`, and `check` still reading a file that has one.
@Suite struct PullConfigurationTests {
    @Test func entriesAreURLsWithAnOptionalVendor() throws {
        let text = """
            default_zone: UTC
            pull:
              - url: https://www.githubstatus.com
                vendor: GitHub
              - https://status.cloud.google.com/incidents.json
            """
        let targets = try PullConfiguration.parse(text, file: ".postmortem.yml")
        #expect(
            targets.map(\.url.absoluteString) == [
                "https://www.githubstatus.com", "https://status.cloud.google.com/incidents.json",
            ])
        #expect(targets.map(\.vendor) == ["GitHub", nil])
        #expect(try PullConfiguration.parse("default_zone: UTC\n", file: "x").isEmpty)
        #expect(try ConfigurationLoader().parse(text, file: ".postmortem.yml").defaultZone == "UTC")
    }

    @Test func aBadEntryIsNamedByFileAndLine() {
        let cases: [(String, String)] = [
            ("pull:\n  - url: ftp://x.example\n", "c.yml:2: `ftp://x.example` is not a URL to pull"),
            ("pull:\n  - vendor: GitHub\n", "c.yml:2: a `pull` entry needs a `url`"),
            ("pull:\n  - url: https://a.example\n    every: 1d\n", "c.yml:3: unknown `pull` setting `every`"),
            ("pull: https://a.example\n", "c.yml:1: `pull` must be a list"),
        ]
        for (text, prefix) in cases {
            #expect {
                try PullConfiguration.parse(text, file: "c.yml")
            } throws: { error in
                "\(error)".hasPrefix(prefix)
            }
        }
    }
}
