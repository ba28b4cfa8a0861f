import Foundation
import IncidentModel
import Metrics
import Testing

/// The public resolution is the first `resolved` update of the final run; later ones are follow-ups.
@Suite struct PublicResolvedTests {
    typealias F = LifecycleFixtures
    let measurer = IncidentMeasurer()

    @Test func laterResolvedPostsAreFollowUps() throws {
        let incident = F.incident([
            F.update(.investigating, "2022-05-06T12:01:00Z", "Disks are slow.", number: 0),
            F.update(.resolved, "2022-05-06T19:09:00Z", "Service is available again.", number: 1),
            F.update(.resolved, "2022-05-06T23:12:00Z", "A preliminary report follows.", number: 2),
            F.update(.resolved, "2022-05-16T23:12:00Z", "The full report follows.", number: 3),
        ])
        let metrics = measurer.measure(incident)
        let resolved = try #require(metrics.events[.publicResolved])
        #expect(resolved.instant == F.at("2022-05-06T19:09:00Z"))
        #expect(resolved.rule.basis == .firstOfFinalRun(ownStatus: true, followUps: 2))
        #expect(metrics.clocks[.publicDuration] == 428)
        #expect(metrics.events[.resolved]?.instant == F.at("2022-05-06T19:09:00Z"))
        #expect(metrics.events[.resolved]?.rule.basis == .fallbackPublicResolved)
    }

    @Test func aReopenedIncidentTakesItsLastRun() {
        let incident = F.incident([
            F.update(.investigating, "2025-01-10T10:00:00Z", "Errors.", number: 0),
            F.update(.resolved, "2025-01-10T10:30:00Z", "Fixed.", number: 1),
            F.update(.investigating, "2025-01-10T11:00:00Z", "Errors again.", number: 2),
            F.update(.resolved, "2025-01-10T12:00:00Z", "Fixed again.", number: 3),
            F.update(.resolved, "2025-01-10T12:40:00Z", "Follow-up.", number: 4),
        ])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.publicResolved]?.instant == F.at("2025-01-10T12:00:00Z"))
        #expect(metrics.clocks[.publicDuration] == 120)
    }

    @Test func anUnlabelledPostThatSaysResolvedStartsTheRun() {
        // AWS posts carry no status; the reader marks only the last one, a later "details" post, resolved.
        let incident = F.incident(
            [
                F.update(.investigating, "2021-09-02T00:39:00Z", "We are investigating.", number: 0, label: ""),
                F.update(.investigating, "2021-09-02T01:43:00Z", "No ETA on full recovery yet.", number: 1, label: ""),
                F.update(
                    .investigating, "2021-09-02T04:51:00Z",
                    "The issue has been resolved and the service is operating normally.", number: 2, label: ""),
                F.update(
                    .resolved, "2021-09-07T03:25:00Z", "Details of the event are available.", number: 3, label: ""),
            ], format: .awsHealthJSON)
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.publicResolved]?.instant == F.at("2021-09-02T04:51:00Z"))
        #expect(metrics.events[.publicResolved]?.rule.description.contains("no status of its own") == true)
        #expect(metrics.clocks[.ttr] == 252)
        #expect(metrics.clocks[.publicDuration] == 252)
    }

    @Test func aLabelledStatusIsNotOverriddenByItsWording() {
        // With statuses of its own, a monitoring post that says "resolved" is not the resolution.
        let incident = F.incident([
            F.update(.investigating, "2025-01-10T10:00:00Z", "Errors.", number: 0),
            F.update(.monitoring, "2025-01-10T10:30:00Z", "The issue has been resolved; we are watching.", number: 1),
            F.update(.resolved, "2025-01-10T11:00:00Z", "Closed.", number: 2),
        ])
        #expect(measurer.measure(incident).events[.publicResolved]?.instant == F.at("2025-01-10T11:00:00Z"))
    }
}
