import Foundation
import IncidentModel
import Metrics

/// Constructed incidents for the availability suites: January 2025 and one incident measured from
/// an investigating update and, when given, a resolved one.
enum AvailabilityFixture {
    /// January 2025, 44,640 minutes.
    static let january = DateInterval(
        start: TestTimes.instant("2025-01-01T00:00:00Z"), end: TestTimes.instant("2025-02-01T00:00:00Z"))

    /// An Acme incident from `start` to `end` (open when `nil`), measured.
    static func incident(
        _ id: String, _ start: String, _ end: String?, impact: Impact, components: [String] = ["API"],
        maintenance: Bool = false
    ) -> (incident: Incident, metrics: IncidentMetrics) {
        var updates = [TestTimes.update(.investigating, at: TestTimes.instant(start), body: "Looking.", number: 0)]
        if let end {
            updates.append(TestTimes.update(.resolved, at: TestTimes.instant(end), body: "Fixed.", number: 1))
        }
        let made = Incident(
            id: id, vendor: "Acme", sourceFormat: .statuspageJSON, place: SourcePlace(file: "\(id).json"), title: id,
            impact: impact, components: components, isMaintenance: maintenance, updates: updates)
        return (made, IncidentMeasurer().measure(made))
    }
}
