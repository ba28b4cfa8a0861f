import Foundation
import IncidentModel
import Reporting
import TestSupport
import Testing

/// The README's list of diagnostic codes is generated from ``DiagnosticCode``, so it cannot drift.
@Suite struct DiagnosticCodeDocumentationTests {
    static let section = GeneratedSection(
        file: FixturePaths.packageRoot.appendingPathComponent("README.md"),
        begin:
            "<!-- diagnostic-codes:begin (generated from Sources/IncidentModel/DiagnosticCode.swift; a test keeps it current) -->\n",
        end: "<!-- diagnostic-codes:end -->")

    @Test func theReadmeListIsGeneratedFromTheCodes() throws {
        let problem = try Self.section.compare(with: DiagnosticCodeDocumentation.markdown())
        #expect(problem == nil, "\(problem ?? ""): swift test --filter DiagnosticCodeDocumentation")
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
