import Foundation
import IncidentModel
import Metrics
import Testing

/// Windows the text states ("between X and Y", "from X to Y", "until X") bound the impact.
@Suite struct StatedWindowTests {
    typealias F = LifecycleFixtures
    let measurer = IncidentMeasurer()

    @Test func aRangeWithoutAnImpactWordInTheOnlyUpdateGivesTheWindow() throws {
        // A retroactive post (one resolved update) telling a six-minute window.
        let text = "Between 12:15 PM and 12:21 PM PDT we observed connectivity issues between some networks."
        let incident = F.incident(
            [F.update(.resolved, "2021-06-24T19:53:00Z", text, number: 0, label: "")],
            timeline: [
                F.body(text, "2021-06-24T19:15:00Z", until: "2021-06-24T19:21:00Z", update: 0, written: "Between")
            ], format: .awsHealthJSON)
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.impactStart]?.instant == F.at("2021-06-24T19:15:00Z"))
        #expect(metrics.events[.resolved]?.instant == F.at("2021-06-24T19:21:00Z"))
        #expect(metrics.clocks[.ttr] == 6)
        #expect(metrics.clocks[.ttfu] == 38)
        let window = ImpactWindowBuilder().outcome(for: incident, metrics: metrics)
        guard case .windows(let windows) = window else {
            Issue.record("expected a window, got \(window)")
            return
        }
        #expect(windows.first?.end == F.at("2021-06-24T19:21:00Z"))
    }

    @Test func severalRangesGiveTheFirstStartAndTheLastEnd() {
        let text = "Deliveries were delayed from 08:02 UTC to 08:12 UTC and again from 08:35 UTC to 08:43 UTC."
        let incident = F.incident(
            [F.update(.resolved, "2020-03-31T08:00:00Z", text, number: 0)],
            timeline: [
                F.body(text, "2020-03-31T08:02:00Z", until: "2020-03-31T08:12:00Z", update: 0, written: "from 08:02"),
                F.body(text, "2020-03-31T08:35:00Z", until: "2020-03-31T08:43:00Z", update: 0, written: "from 08:35"),
            ])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.impactStart]?.instant == F.at("2020-03-31T08:02:00Z"))
        #expect(metrics.events[.resolved]?.instant == F.at("2020-03-31T08:43:00Z"))
        #expect(metrics.events[.resolved]?.rule.basis == .windowEnd(.range, of: 2))
        #expect(metrics.clocks[.ttr] == 41)
    }

    @Test func lastingUntilGivesTheResolution() {
        let text = "Mail was delayed, lasting until 20:30 UTC, and all queued messages have now been sent."
        let incident = F.incident(
            [
                F.update(.investigating, "2024-04-14T14:21:00Z", "Mail is delayed.", number: 0),
                F.update(.resolved, "2024-04-14T21:53:00Z", text, number: 1),
            ],
            timeline: [F.body(text, "2024-04-14T20:30:00Z", update: 1, written: "20:30 UTC")])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.resolved]?.instant == F.at("2024-04-14T20:30:00Z"))
        #expect(metrics.events[.resolved]?.rule.basis == .windowEnd(.until, of: 1))
    }

    @Test func aRangeThatIsAnActionIsNotTheImpactWindow() {
        // Two ranges, one worded as the mitigation: only the other bounds the impact.
        let scaled = "Engineering scaled the affected services from 10:00 to 13:00 UTC"
        let users = "Users saw errors from 09:50 to 11:00 UTC"
        let incident = F.incident(
            [
                F.update(.investigating, "2025-01-10T10:05:00Z", "Looking.", number: 0),
                F.update(.resolved, "2025-01-10T13:30:00Z", users + ". " + scaled + ".", number: 1),
            ],
            timeline: [
                F.body(users, "2025-01-10T09:50:00Z", until: "2025-01-10T11:00:00Z", update: 1, written: "09:50"),
                F.body(scaled, "2025-01-10T10:00:00Z", until: "2025-01-10T13:00:00Z", update: 1, written: "10:00"),
            ])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.resolved]?.instant == F.at("2025-01-10T11:00:00Z"))
        #expect(metrics.events[.mitigated]?.instant == F.at("2025-01-10T13:00:00Z"))
    }

    @Test func aRangeInAnOpenUpdateCountsOnlyWhenItWasOverWhenTold() {
        // The only range, in an investigating update: a window once it has ended before the post.
        let text = "Messages queued from 10:00 to 11:00 UTC will be sent again"
        func measured(postedAt iso: String) -> IncidentMetrics {
            measurer.measure(
                F.incident(
                    [
                        F.update(.investigating, iso, text, number: 0),
                        F.update(.resolved, "2025-01-10T15:00:00Z", "Done.", number: 1),
                    ],
                    timeline: [
                        F.body(text, "2025-01-10T10:00:00Z", until: "2025-01-10T11:00:00Z", update: 0, written: "10:00")
                    ]))
        }
        let over = measured(postedAt: "2025-01-10T11:30:00Z")
        #expect(over.events[.impactStart]?.instant == F.at("2025-01-10T10:00:00Z"))
        #expect(over.events[.resolved]?.instant == F.at("2025-01-10T11:00:00Z"))
        #expect(over.clocks[.ttr] == 60)
        let open = measured(postedAt: "2025-01-10T10:30:00Z")
        #expect(open.events[.resolved]?.rule.basis == .fallbackPublicResolved)
    }
}
