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
        // impact start is the first update itself (a start field edited to after it, or left at its
        // stamp), never guessed.
        let missing = withTwo.filter { $0.1.clocks[.publicDuration] == nil || $0.1.clocks[.ttr] == nil }
        #expect(missing.map(\.0.id) == [])
        let noTTFU = withTwo.filter { $0.1.clocks[.ttfu] == nil }
        #expect(!noTTFU.isEmpty)
        for (incident, metrics) in noTTFU {
            let start = metrics.events[.impactStart]
            let first = metrics.events[.firstUpdate]?.instant
            let atFirstPost =
                start.flatMap { start in first.map { abs($0.timeIntervalSince(start.instant)) < 1 } } ?? false
            #expect(start?.rule.description.hasPrefix("fallback:first-update") == true || atFirstPost, "\(incident.id)")
            #expect(metrics.diagnostics.contains { $0.code == "clock.degenerate" && $0.message.hasPrefix("ttfu:") })
        }
    }

    private func shared(_ relative: String) throws -> String {
        try #require(FixturePaths.sharedFixture(relative)).path
    }

    private func measured(_ paths: [String]) -> [String: (Incident, IncidentMetrics)] {
        let result = IncidentLoader().load(paths)
        return Dictionary(
            result.incidents.map { ($0.id, ($0, IncidentMeasurer().measure($0))) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func offDatesAndStatedWindowsOnTheGitHubFeed() throws {
        let all = measured([try shared("statuspage/githubstatus-history.atom")])
        // "On February 18" in incidents whose updates are all on August 18: not a boundary.
        for id in ["bmpybhnrky3x", "gx7js8bd0jpz"] {
            let metrics = try #require(all[id]?.1)
            let start = try #require(metrics.events[.impactStart])
            let august = try #require(Self.instant("2026-08-18T00:00:00Z"))
            #expect(start.instant >= august)
            #expect(!start.rule.passedOver.isEmpty)
        }
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func theResolvedFeedWinsOverTheLiveSnapshot() throws {
        let all = measured([
            try shared("statuspage-json/githubstatus-summary-active-incident.json"),
            try shared("statuspage/githubstatus-history.atom"),
        ])
        let (incident, metrics) = try #require(all["zkxwbgr0cnmx"])
        #expect(incident.sourceFormat == .statuspageAtom)
        #expect(metrics.events[.impactStart]?.instant == Self.instant("2026-08-17T13:28:00Z"))
        #expect(metrics.events[.publicResolved]?.instant == Self.instant("2026-08-17T21:15:00Z"))
        // The resolved post states the window "from 13:28–21:15 UTC (7h 47m)"; "Most services
        // recovered by 16:36" is a partial restoration, not the end.
        #expect(metrics.clocks[.ttr] == 467)
        #expect(
            incident.diagnostics.contains { $0.code == "source.disagree" && $0.message.contains("goes on to resolved") }
        )
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures and ../shared/seed"))
    func pageTextAggregatorCopiesAndTheSeedMerge() throws {
        let seed = try #require(FixturePaths.shared).deletingLastPathComponent().appendingPathComponent("seed").path
        let result = IncidentLoader().load([try shared("statuspage-text"), try shared("pingoru-text"), seed])
        let merged = result.incidents.filter { $0.diagnostics.contains { $0.code == "incident.merged" } }
        #expect(merged.count == 2)
        let seedIncident = try #require(result.incidents.first { $0.id == "kustomer-2025-01-10" })
        expectSeedClocks(IncidentMeasurer().measure(seedIncident))
        #expect(!result.incidents.contains { $0.id == "pingoru-kustomer-2187314.excerpt" })
        #expect(!result.incidents.contains { $0.id == "kustomer-incident-gsb2d1xmm6j4.excerpt" })
        // The page excerpt whose range is the only one: the window 12:19–16:28 UTC.
        let delays = try #require(result.incidents.first { $0.id == "kustomer-incident-l5wmtqmstflc.excerpt" })
        #expect(IncidentMeasurer().measure(delays).clocks[.ttr] == 249)
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func awsWindowsAndGoogleFollowUps() throws {
        let aws = measured([try shared("aws/health-dashboard-data.json")])
        let east = try #require(aws["internetconnectivity-us-east-2_1624564393"]?.1)
        #expect(east.events[.impactStart]?.instant == Self.instant("2021-06-24T19:15:00Z"))
        #expect(east.clocks[.ttr] == 6)
        let south = try #require(aws["internetconnectivity-ap-south-1_1640371277"]?.1)
        #expect(south.clocks[.ttr] == 77)
        let direct = try #require(aws["directconnect-ap-northeast-1_1630543140"]?.1)
        #expect((direct.clocks[.ttr] ?? .infinity) < 24 * 60)

        let google = measured([try shared("google-cloud/incidents.json")])
        let disk = try #require(google["4Qvmd4q81VnA9RirCMqV"]?.1)
        #expect(disk.events[.publicResolved]?.instant == Self.instant("2022-05-06T19:09:51Z"))
        #expect(disk.clocks[.ttd] != nil)
        let balancing = try #require(google["UPG5wxRnLGjqqVFMW7Kq"]?.1)
        #expect(balancing.events[.resolved]?.instant == Self.instant("2021-07-28T04:05:00Z"))
        let durations = google.values.compactMap { $0.1.clocks[.publicDuration] }
        let resolves = google.values.compactMap { $0.1.clocks[.ttr] }
        let overlong = google.values.filter { entry in
            guard let duration = entry.1.clocks[.publicDuration], let ttr = entry.1.clocks[.ttr] else { return false }
            return duration > 1440 && duration > 3 * ttr
        }
        #expect(overlong.map(\.0.id) == [])
        #expect((Statistics.median(durations) ?? .infinity) < (Statistics.median(resolves) ?? 0))
    }
}
