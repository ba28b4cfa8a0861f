import Foundation
import IncidentModel
import Metrics
import Pipeline
import TestSupport
import Testing

/// Read → reconcile → measure, end to end, over the seed incident and the real GitHub history.
@Suite struct EndToEndMetricsTests {
    private static func instant(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }

    private func expectSeedClocks(_ metrics: IncidentMetrics) {
        let events = metrics.events
        #expect(events[.impactStart]?.instant == Self.instant("2025-01-10T14:48:00Z"))
        #expect(events[.detected]?.instant == Self.instant("2025-01-10T15:16:00Z"))
        #expect(events[.firstUpdate]?.instant == Self.instant("2025-01-10T16:37:00Z"))
        #expect(events[.resolved]?.instant == Self.instant("2025-01-10T18:28:00Z"))
        #expect(events[.publicResolved]?.instant == Self.instant("2025-01-10T18:30:00Z"))
        #expect(metrics.clocks[.ttd] == 28)
        #expect(metrics.clocks[.ttfu] == 109)
        #expect(metrics.clocks[.ttr] == 220)
        #expect(metrics.clocks[.publicDuration] == 113)
        #expect(metrics.promisesBroken == 1)
        #expect(metrics.statedDurations.contains { $0.disagrees && $0.statedMinutes == 180 })
    }

    @Test func seedDetailPageWithItsTeamPostmortemGivesTheNamedClocks() throws {
        let paths = [
            FixturePaths.fixture("statuspage/kustomer-2025-01-10-incident.html").path,
            FixturePaths.fixture("postmortems/2025-01-10-kustomer-routing.md").path,
        ]
        let result = IncidentLoader().load(paths)
        #expect(result.failures.isEmpty)
        let incident = try #require(result.incidents.first)
        #expect(result.incidents.count == 1)
        #expect(incident.id == "tz8q4m1c7k2v")
        let metrics = IncidentMeasurer().measure(incident)
        expectSeedClocks(metrics)
        #expect(
            metrics.diagnostics.contains { $0.code == "status.backwards" }
                || incident.diagnostics.contains { $0.code == "status.backwards" })
    }

    @Test func historyPageRangeGivesBothEndsOfTheWindow() throws {
        let result = IncidentLoader().load([FixturePaths.fixture("statuspage/acme-cloud-history.html").path])
        let incident = try #require(result.incidents.first { $0.id == "q8v3kx1m2n7t" })
        let metrics = IncidentMeasurer().measure(incident)
        #expect(metrics.events[.impactStart]?.instant == Self.instant("2025-01-14T00:17:00Z"))
        #expect(metrics.events[.resolved]?.instant == Self.instant("2025-01-14T01:30:00Z"))
        #expect(metrics.clocks[.ttr] == 73)
        #expect(metrics.clocks[.publicDuration] == nil)
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/seed"))
    func realSeedAggregatorTextGivesTheNamedClocks() throws {
        let seed = try #require(FixturePaths.shared).deletingLastPathComponent().appendingPathComponent("seed")
        let result = IncidentLoader().load([seed.path])
        #expect(result.failures.isEmpty)
        let incident = try #require(result.incidents.first)
        expectSeedClocks(IncidentMeasurer().measure(incident))
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func everyGitHubIncidentWithTwoOrMoreUpdatesHasClocks() throws {
        let folder = try #require(FixturePaths.sharedFixture("statuspage-json/github-incidents"))
        let result = IncidentLoader().load([folder.path])
        #expect(result.failures.isEmpty)
        #expect(result.incidents.count == 1282)
        let measured = IncidentMeasurer().measure(result.incidents)
        let withTwo = zip(result.incidents, measured).filter { $0.0.updates.count >= 2 }
        #expect(withTwo.count > 400)
        // Every one has a public duration and a time to resolve; ttfu is left unknown only where the
        // impact start is the first update itself (a start field edited to after it), never guessed.
        let missing = withTwo.filter { $0.1.clocks[.publicDuration] == nil || $0.1.clocks[.ttr] == nil }
        #expect(missing.map(\.0.id) == [])
        let noTTFU = withTwo.filter { $0.1.clocks[.ttfu] == nil }
        #expect(noTTFU.allSatisfy { $0.1.events[.impactStart]?.rule.hasPrefix("fallback:first-update") == true })
    }
}
