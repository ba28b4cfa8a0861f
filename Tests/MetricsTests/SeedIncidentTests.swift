import Foundation
import IncidentModel
import Metrics
import Testing

@Suite struct SeedIncidentTests {
    let metrics = IncidentMeasurer().measure(SeedIncident.incident)

    @Test func lifecycleEventsComeFromTheRightLines() throws {
        let events = metrics.events
        #expect(events[.impactStart]?.instant == TestTimes.seed("14:48"))
        #expect(events[.impactStart]?.rule.description.contains("first postmortem line describing impact") == true)
        #expect(events[.detected]?.instant == TestTimes.seed("15:16"))
        #expect(events[.detected]?.rule.basis == .cue(.wording("alerted"), .asWorded))
        #expect(events[.firstUpdate]?.instant == TestTimes.seed("16:37"))
        #expect(events[.identified]?.instant == TestTimes.seed("17:04"))
        #expect(events[.identified]?.rule.basis == .firstOfStatus(.identified))
        #expect(events[.mitigated]?.instant == TestTimes.seed("17:55"))
        #expect(events[.mitigated]?.rule.description == "wording:scales (end of range)")
        #expect(events[.resolved]?.instant == TestTimes.seed("18:28"))
        #expect(events[.resolved]?.rule.description == "wording:incident declared resolved")
        #expect(events[.resolved]?.source == .postmortem(section: "Timeline"))
        #expect(events[.publicResolved]?.instant == TestTimes.seed("18:30"))
        let impact = try #require(events[.impactStart])
        #expect(impact.place == SourcePlace(file: "test.md", line: 10))
    }

    @Test func clocksInMinutes() {
        #expect(metrics.clocks[.ttd] == 28)
        #expect(metrics.clocks[.ttfu] == 109)
        #expect(metrics.clocks[.ttr] == 220)
        #expect(metrics.clocks[.publicDuration] == 113)
    }

    @Test func communicationCountsGapsAndOneBrokenPromise() throws {
        #expect(metrics.updateCount == 6)
        #expect(metrics.maxUpdateGapMinutes == 36)
        #expect(metrics.promises.count == 5)
        #expect(metrics.promisesBroken == 1)
        let broken = try #require(metrics.promises.first { $0.broken })
        #expect(broken.made == TestTimes.seed("17:37"))
        #expect(broken.nextUpdate == TestTimes.seed("18:13"))
        #expect(broken.withinMinutes == 30)
        #expect(broken.text == "within the next 30 minutes")
    }

    @Test func statedDurationIsFlaggedAgainstTimeToResolve() throws {
        let stated = try #require(metrics.statedDurations.first)
        #expect(metrics.statedDurations.count == 1)
        #expect(stated.text == "over the span of approximately 3 hours")
        #expect(stated.statedMinutes == 180)
        #expect(stated.clock == .ttr)
        #expect(stated.computedMinutes == 220)
        #expect(stated.disagrees)
        #expect(
            metrics.diagnostics.contains { $0.code == "duration.stated-mismatch" && $0.message.contains("3 h 40 min") })
    }

    @Test func backwardStatusIsNotedAndKeepsFirstIdentified() throws {
        let backwards = metrics.diagnostics.filter { $0.code == "status.backwards" }
        #expect(backwards.count == 1)
        let note = try #require(backwards.first)
        #expect(note.message.contains("identified → investigating"))
        #expect(note.place.element == "incident_updates[3]")
    }
}
