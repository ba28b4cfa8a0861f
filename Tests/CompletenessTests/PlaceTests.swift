import Completeness
import IncidentModel
import Testing

@Suite struct PlaceTests {
    @Test func columnsCountCharactersNotBytes() throws {
        let text = "# Été\n\n## Résumé et conséquences: human error\n"
        let findings = try CheckSupport.findings(text)
        let blame = try #require(findings.first { $0.code == "PM020" })
        #expect(blame.place.line == 3)
        #expect(blame.place.column == 28)  // 31 in UTF-8 bytes
    }
}
