import Foundation
import IncidentModel
import Metrics
import Pipeline
import TestSupport
import Testing

/// The scheduled window of a maintenance, read end to end from the source's fields and words.
@Suite struct MaintenanceWindowTests {
    private static func instant(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }

    private func measured(_ path: String, id: String) throws -> IncidentMetrics {
        let result = IncidentLoader().load([path])
        let incident = try #require(result.incidents.first { $0.id == id })
        return IncidentMeasurer().measure(incident)
    }

    @Test func statuspageScheduledFieldsGiveTheWindowAndTheOverrun() throws {
        let json = """
            {"page": {"id": "p1", "name": "Contoso", "url": "https://status.contoso.example", "time_zone": "Etc/UTC"},
             "incident": {"id": "m1", "name": "Database upgrade", "status": "completed", "impact": "maintenance",
              "scheduled_for": "2025-01-30T22:00:00.000Z", "scheduled_until": "2025-01-31T02:00:00.000Z",
              "incident_updates": [
               {"status": "completed", "body": "The upgrade is done.", "display_at": "2025-01-31T02:45:00.000Z"},
               {"status": "in_progress", "body": "The upgrade has started.", "display_at": "2025-01-30T22:00:00.000Z"},
               {"status": "scheduled", "body": "We will upgrade the database.", "display_at": "2025-01-20T10:00:00.000Z"}
              ]}}
            """
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("maintenance-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let window = try #require(try measured(file.path, id: "m1").maintenanceWindow)
        #expect(window.start == Self.instant("2025-01-30T22:00:00Z"))
        #expect(window.end == Self.instant("2025-01-31T02:00:00Z"))
        #expect(window.minutes == 240)
        #expect(window.completed == Self.instant("2025-01-31T02:45:00Z"))
        #expect(window.overrunMinutes == 45)
        #expect(window.overran == true)
    }

    @Test func scheduledEventBannerRangeGivesBothEnds() throws {
        let path = FixturePaths.fixture("statuspage/kustomer-history.atom").path
        let window = try #require(try measured(path, id: "c1v7np4kx9hb").maintenanceWindow)
        #expect(window.source == .declared)
        #expect(window.start == Self.instant("2025-01-18T08:00:00Z"))
        #expect(window.end == Self.instant("2025-01-18T10:00:00Z"))
        #expect(window.minutes == 120)
        #expect(window.overran == false)
    }

    @Test func scheduledUpdateBodyGivesTheWindowWhenNoFieldDoes() throws {
        let path = FixturePaths.fixture("lambstatus/history.rss").path
        let window = try #require(try measured(path, id: "9QxR2mLk7TsA").maintenanceWindow)
        #expect(window.source == .scheduledUpdate)
        #expect(window.start == Self.instant("2025-01-25T06:00:00Z"))
        #expect(window.end == Self.instant("2025-01-25T08:00:00Z"))
        #expect(window.overran == false)
    }

    @Test func anIncidentHasNoMaintenanceWindow() throws {
        let path = FixturePaths.fixture("lambstatus/history.rss").path
        #expect(try measured(path, id: "Hb4kT9wQz2Lc").maintenanceWindow == nil)
    }
}
