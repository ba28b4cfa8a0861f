import IncidentModel
import Testing

@Suite struct SourcePlaceTests {
    @Test func describesKnownParts() {
        #expect(SourcePlace(file: "a.md", line: 3, column: 5).description == "a.md:3:5")
        #expect(SourcePlace(file: "f.atom", element: "entry[2]").description == "f.atom (entry[2])")
    }
}
