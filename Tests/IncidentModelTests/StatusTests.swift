import IncidentModel
import Testing

@Suite struct StatusTests {
    @Test func labelsReadAsStatuses() {
        #expect(Status(label: "Investigating") == .investigating)
        #expect(Status(label: "In progress") == .inProgress)
        #expect(Status(label: "resolved") == .resolved)
        #expect(Status(label: "Update") == nil)
    }

    @Test func maintenanceStatusesAreMarked() {
        #expect(Status.completed.isMaintenance)
        #expect(!Status.resolved.isMaintenance)
        #expect(Status.identified.progress > Status.investigating.progress)
    }

    @Test func zoneOffsetsPrintWithSign() {
        #expect(ZoneReading(label: "EST", offsetSeconds: -18000, basis: .literal).offsetText == "-05:00")
        #expect(ZoneReading(label: "IST", offsetSeconds: 19800, basis: .literal).offsetText == "+05:30")
    }
}
