import Foundation
import IncidentModel
import Metrics
import Testing

/// Lines whose date is off, or that fall far before the incident, are not lifecycle boundaries.
@Suite struct BoundaryCredibilityTests {
    typealias F = LifecycleFixtures
    let measurer = IncidentMeasurer()

    /// Updates on Aug 18; the resolved update tells a window "on March 3" (a wrong month).
    func wrongMonth(diagnostics: [Diagnostic], lineDiagnostics: [Diagnostic] = []) -> Incident {
        let text = "On March 3, between 05:02 UTC and 11:30 UTC, users could not open their dashboards"
        return F.incident(
            [
                F.update(.investigating, "2026-08-18T07:40:00Z", "Looking.", number: 0),
                F.update(.resolved, "2026-08-18T11:42:00Z", text, number: 1),
            ],
            timeline: [
                F.body(
                    text, "2026-03-03T05:02:00Z", until: "2026-03-03T11:30:00Z", update: 1,
                    written: "between 05:02 UTC and 11:30 UTC", diagnostics: lineDiagnostics)
            ], diagnostics: diagnostics)
    }

    @Test func aLineWhoseDateDisagreesIsPassedOverAndTheRuleSaysWhy() throws {
        let flagged = F.offDate("March 3", day: "2026-03-03", update: 1)
        for incident in [wrongMonth(diagnostics: [flagged]), wrongMonth(diagnostics: [], lineDiagnostics: [flagged])] {
            let metrics = measurer.measure(incident)
            let start = try #require(metrics.events[.impactStart])
            #expect(start.instant == F.at("2026-08-18T07:40:00Z"))
            #expect(start.rule.description.hasPrefix("fallback:first-update"))
            #expect(start.rule.passedOver.contains { $0.reason == .dateDisagrees })
            #expect(metrics.events[.resolved]?.instant == F.at("2026-08-18T11:42:00Z"))
            #expect(metrics.clocks[.ttr] == 242)
            #expect(metrics.diagnostics.contains { $0.code == "lifecycle.passed-over" })
        }
    }

    @Test func aCandidateMoreThanADayBeforeTheStartIsPassedOverEvenUnflagged() throws {
        let metrics = measurer.measure(wrongMonth(diagnostics: []))
        let start = try #require(metrics.events[.impactStart])
        #expect(start.instant == F.at("2026-08-18T07:40:00Z"))
        #expect(start.rule.description.contains("more than a day before the incident's start 2026-08-18T07:40:00Z"))
    }

    @Test func aWarningAboutAnotherTimeInTheSameBodyDoesNotTouchThisOne() {
        // The warning's date reading names March 3; the line at 06:10 on Aug 18 shares the place.
        let text = "Since 06:10 UTC users have seen errors; a similar fault on March 3 was unrelated"
        let incident = F.incident(
            [
                F.update(.investigating, "2026-08-18T07:40:00Z", text, number: 0),
                F.update(.resolved, "2026-08-18T11:42:00Z", "Fixed.", number: 1),
            ],
            timeline: [F.body(text, "2026-08-18T06:10:00Z", update: 0, written: "06:10 UTC")],
            diagnostics: [F.offDate("March 3", day: "2026-03-03", update: 0)])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.impactStart]?.instant == F.at("2026-08-18T06:10:00Z"))
        #expect(metrics.clocks[.ttfu] == 90)
    }

    @Test func aResolutionBeforeTheStartGivesWayToTheDeclaredEnd() throws {
        // A Google-like record: begin/end fields, and a "fully resolved" line a month early.
        let text = "The issue was fully resolved on 27 June 21:05 US/Pacific."
        let incident = F.incident(
            [
                F.update(.investigating, "2021-07-27T14:51:08Z", "Load balancing returns errors.", number: 0),
                F.update(.resolved, "2021-07-28T04:05:23Z", text, number: 1),
            ],
            timeline: [F.body(text, "2021-06-28T04:05:00Z", update: 1, written: "27 June 21:05 US/Pacific")],
            declaredStart: "2021-07-27T11:15:00Z", declaredEnd: "2021-07-28T04:05:00Z")
        let metrics = measurer.measure(incident)
        let resolved = try #require(metrics.events[.resolved])
        #expect(resolved.instant == F.at("2021-07-28T04:05:00Z"))
        #expect(resolved.rule.description.hasPrefix("declared:declared end"))
        #expect(!resolved.rule.passedOver.isEmpty)
        #expect(metrics.clocks[.ttr] == 1010)
    }

    @Test func aWindowThatRunsIntoTheIncidentKeepsItsEarlyFlaggedStart() throws {
        // Two times of one sentence: the first is 12 days early (and flagged), the second is in the incident.
        let text = "Between August 21 at 15:00 UTC, and September 2 at 15:22 UTC, avatars failed to load for users"
        let incident = F.incident(
            [
                F.update(.investigating, "2025-09-02T15:17:00Z", "Looking.", number: 0),
                F.update(.resolved, "2025-09-02T15:44:00Z", text, number: 1),
            ],
            timeline: [
                F.body(text, "2025-08-21T15:00:00Z", update: 1, written: "August 21 at 15:00 UTC"),
                F.body(text, "2025-09-02T15:22:00Z", update: 1, written: "September 2 at 15:22 UTC"),
            ],
            diagnostics: [F.offDate("August 21", day: "2025-08-21", update: 1)])
        let metrics = measurer.measure(incident)
        let start = try #require(metrics.events[.impactStart])
        #expect(start.instant == F.at("2025-08-21T15:00:00Z"))
        #expect(start.rule.description.contains("runs into it"))
        #expect(metrics.events[.resolved]?.instant == F.at("2025-09-02T15:22:00Z"))
        #expect(metrics.events[.resolved]?.rule.description.contains("two times of one sentence") == true)
    }

    @Test func aBodyTimeWhoseDayWasGuessedCannotBeLaterThanItsTelling() {
        // The day of "9:42 PM" was taken from context and lands a day after the post that tells it.
        let text = "Between 3:30 PM and 9:42 PM PDT we experienced packet loss. The issue has been resolved."
        let incident = F.incident(
            [
                F.update(.investigating, "2021-09-02T00:39:00Z", "Investigating.", number: 0, label: ""),
                F.update(.investigating, "2021-09-02T04:51:00Z", text, number: 1, label: ""),
                F.update(.resolved, "2021-09-07T03:25:00Z", "More details are available.", number: 2, label: ""),
            ],
            timeline: [
                F.body(
                    text, "2021-09-02T22:30:00Z", until: "2021-09-03T04:42:00Z", update: 1,
                    written: "Between 3:30 PM and 9:42 PM PDT",
                    rule: TimeRule([.range(.start), .clock(twelveHour: true), .date(.runningDate), .zone(.written)]))
            ], format: .awsHealthJSON)
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.resolved]?.instant == F.at("2021-09-02T04:51:00Z"))
        #expect(metrics.events[.resolved]?.rule.description.contains("more than an hour after the update") == true)
        #expect(metrics.clocks[.ttr] == 252)
    }
}
