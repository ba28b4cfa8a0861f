import Completeness
import Foundation
import IncidentModel
import Ingest
import Pipeline
import TestSupport
import Testing

/// Inputs the fuzzers (`Fuzz/run.sh`) found, kept so the fixes stay fixed: each must be read or
/// checked without a trap, and every place it reports must name the file and a line from 1.
@Suite struct FuzzRegressionTests {
    private func hostile(_ name: String) throws -> Data {
        try Data(contentsOf: FixturePaths.packageRoot.appendingPathComponent("Tests/HostileInputs/\(name)"))
    }

    @Test func aFeedLibxml2CannotConvertFailsAtARealLine() throws {
        let data = try hostile("fuzz-unconvertible-encoding.rss")
        let result = IncidentReader().read(data, file: "feed.rss")
        let failure = try #require(result.failure)
        #expect(failure.message.hasPrefix("feed.rss:"))
        #expect((failure.place.line ?? 1) >= 1, "\(failure.message)")
        #expect(failure.message.contains("expected a well-formed RSS feed"))
    }

    @Test func aPostmortemWithCarriageReturnsIsCheckedAndPlacesItsFindings() throws {
        let raw = try hostile("fuzz-crlf-postmortem.md")
        // Its NUL bytes make it binary to every command (the format is sniffed, never taken from
        // the name); without them it is a Markdown postmortem with CR line ends.
        let refused = PostmortemCheckRun().check(data: raw, file: "postmortem.md")
        #expect(refused.failure?.hasPrefix("postmortem.md:") == true)
        #expect(IncidentReader().read(raw, file: "postmortem.md").failure != nil)
        let data = Data(raw.filter { $0 != 0 })
        let check = PostmortemCheckRun().check(data: data, file: "postmortem.md")
        #expect(check.failure == nil)
        #expect(!check.findings.isEmpty)
        for finding in check.findings {
            #expect(finding.place.file == "postmortem.md")
            #expect((finding.place.line ?? 1) >= 1, "\(finding.place)")
        }
    }

    @Test func windowsLineEndsAreLinesWhereFindingsArePlaced() throws {
        // The same out-of-order timeline with LF and with CRLF ends must place its finding alike.
        let lines = [
            "---", "id: PM-1", "date: 2025-03-04", "timezone: UTC", "---", "", "# Queue stalled", "", "## Timeline", "",
            "- 10:05 UTC - Workers restarted", "- 09:31 UTC - Alert fired", "",
        ]
        func orderFindings(_ separator: String) -> [SourcePlace] {
            let data = Data(lines.joined(separator: separator).utf8)
            return PostmortemCheckRun().check(data: data, file: "pm.md").findings
                .filter { $0.message.contains("earlier than the entry before it") }.map(\.place)
        }
        let unix = orderFindings("\n")
        #expect(unix.count == 1)
        #expect(orderFindings("\r\n") == unix)
        #expect(orderFindings("\r") == unix)
    }
}
