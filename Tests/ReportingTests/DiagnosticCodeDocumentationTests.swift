import Foundation
import IncidentModel
import Reporting
import TestSupport
import Testing

/// The README's list of diagnostic codes is generated from ``DiagnosticCode``, so it cannot drift.
@Suite struct DiagnosticCodeDocumentationTests {
    let readme = FixturePaths.packageRoot.appendingPathComponent("README.md")
    static let begin =
        "<!-- diagnostic-codes:begin (generated from Sources/IncidentModel/DiagnosticCode.swift; a test keeps it current) -->\n"
    static let end = "<!-- diagnostic-codes:end -->"

    @Test func theReadmeListIsGeneratedFromTheCodes() throws {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md has no diagnostic-codes:begin marker")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let range = start.upperBound..<stop.lowerBound
        let generated = DiagnosticCodeDocumentation.markdown()
        if Golden.recording {
            try text.replacingCharacters(in: range, with: generated).write(
                to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(text[range]) == generated,
            "README.md's list of diagnostic codes is stale: run POSTMORTEM_RECORD=1 swift test --filter DiagnosticCodeDocumentation"
        )
    }

    @Test func everyCodeIsDeclaredOnceWithAMeaning() {
        let raw = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in DiagnosticCode.allCases {
            #expect(!code.meaning.isEmpty && !code.meaning.contains("|"), "\(code.rawValue)")
            #expect(code.rawValue.split(separator: ".").count == 2, "\(code.rawValue) is not family.name")
        }
    }
}
