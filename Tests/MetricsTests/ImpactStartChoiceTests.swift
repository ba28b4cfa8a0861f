import Foundation
import IncidentModel
import Metrics
import Testing

/// The impact start is the earliest credible candidate, not the first in document order.
@Suite struct ImpactStartChoiceTests {
    typealias F = LifecycleFixtures
    let measurer = IncidentMeasurer()

    @Test func theEarliestOfWordingAStatedBeginningAndTheDeclaredStartWins() throws {
        let delayed = "Jobs already running may have been delayed from 05:00 US/Pacific"
        let began = "We are experiencing an issue with disks beginning at 01:20 US/Pacific"
        let incident = F.incident(
            [
                F.update(.investigating, "2022-05-06T12:01:47Z", began, number: 0),
                F.update(.resolved, "2022-05-06T19:09:51Z", delayed, number: 1),
            ],
            timeline: [
                F.body(began, "2022-05-06T08:20:00Z", update: 0, written: "01:20 US/Pacific"),
                F.body(delayed, "2022-05-06T12:00:00Z", update: 1, written: "05:00 US/Pacific"),
                F.body("Engineers were alerted at 01:54", "2022-05-06T08:54:00Z", update: 1, written: "01:54"),
            ],
            declaredStart: "2022-05-06T08:30:00Z", declaredEnd: "2022-05-06T19:06:00Z")
        let metrics = measurer.measure(incident)
        let start = try #require(metrics.events[.impactStart])
        #expect(start.instant == F.at("2022-05-06T08:20:00Z"))
        #expect(start.rule.candidates.count == 2)
        #expect(start.rule.candidates.contains(.init(kind: .declaredStart, instant: F.at("2022-05-06T08:30:00Z"))))
        #expect(start.rule.description.contains("declared start 2022-05-06T08:30:00Z"))
        #expect(metrics.clocks[.ttd] == 34)
    }

    @Test func aStatedRangeBeatsALaterAsOfLineInTheSameUpdate() throws {
        // One update: "As of 3:40pm … unable to send", and "from 8:19am to 12:28pm" (the only range).
        let asOf = "As of 19:40, the process for sending messages that were unable to be sent has begun."
        let range = "Messages not sent from 12:19 to 16:28 will now be delivered"
        let incident = F.incident(
            [
                F.update(.investigating, "2019-05-15T19:48:00Z", asOf + " " + range, number: 0),
                F.update(.resolved, "2019-05-16T02:22:00Z", "Restored.", number: 1),
            ],
            timeline: [
                F.body(range, "2019-05-15T12:19:00Z", until: "2019-05-15T16:28:00Z", update: 0, written: "12:19"),
                F.body(asOf, "2019-05-15T19:40:00Z", update: 0, written: "19:40"),
            ])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.impactStart]?.instant == F.at("2019-05-15T12:19:00Z"))
        #expect(metrics.events[.impactStart]?.rule.description.contains("stated range start") == true)
        #expect(metrics.events[.resolved]?.instant == F.at("2019-05-15T16:28:00Z"))
        #expect(metrics.clocks[.ttr] == 249)
    }

    @Test func aTagStillWinsOverEarlierCandidates() {
        let incident = F.incident(
            [
                F.update(.investigating, "2025-01-10T16:37:00Z", "Delays.", number: 0),
                F.update(.resolved, "2025-01-10T18:30:00Z", "Fixed.", number: 1),
            ],
            timeline: [
                F.body("Latency rose at 14:00", "2025-01-10T14:00:00Z", update: 1, written: "14:00"),
                F.body(
                    "[impact_start] customers affected from 15:00", "2025-01-10T15:00:00Z", update: 1, written: "15:00"),
            ],
            declaredStart: "2025-01-10T13:00:00Z")
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.impactStart]?.instant == F.at("2025-01-10T15:00:00Z"))
        #expect(metrics.events[.impactStart]?.rule.basis == .cue(.tag("[impact_start]"), .asWorded))
    }

    @Test func clocksAreWholeSeconds() {
        // A start field stamped 10 ms before the first update is the same moment: ttr is whole
        // minutes, and ttfu is not measured (0 would claim an instant first post; the field was
        // left at the post's stamp), not 0.0002.
        var incident = F.incident([
            F.update(.investigating, "2025-01-10T16:37:00Z", "Delays.", number: 0),
            F.update(.resolved, "2025-01-10T18:30:00Z", "Fixed.", number: 1),
        ])
        incident.declaredStart = WrittenTime(
            text: "started_at", place: SourcePlace(file: "test.json", element: "started_at"),
            exact: F.at("2025-01-10T16:37:00Z").addingTimeInterval(-0.01), exactField: "started_at")
        let metrics = measurer.measure(incident)
        #expect(metrics.clocks[.ttfu] == nil)
        #expect(metrics.diagnostics.contains { $0.code == "clock.degenerate" && $0.message.hasPrefix("ttfu:") })
        #expect(metrics.clocks[.ttr] == 113)
    }
}
