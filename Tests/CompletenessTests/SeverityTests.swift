import IncidentModel
import Testing

@Suite struct SeverityTests {
    @Test func severitiesAreOrdered() {
        #expect(Severity.note < Severity.warning)
        #expect(Severity.warning < Severity.error)
        #expect(Severity.allCases.max() == .error)
    }
}
