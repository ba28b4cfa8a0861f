import Foundation
import IncidentModel
import Metrics
import Testing

/// Each rule a boundary can be chosen by, and the one text it is shown as.
@Suite struct LifecycleRuleTests {
    static let instant = Date(timeIntervalSince1970: 1_736_521_200)  // 2025-01-10T15:00:00Z

    static let bases: [(LifecycleRule.Basis, String)] = [
        (.firstUpdate, "status:first-update"),
        (.firstOfStatus(.identified), "status:first-identified"),
        (.firstOfStatus(.monitoring), "status:first-monitoring"),
        (.firstOfFinalRun(ownStatus: true, followUps: 0), "status:first-resolved of the final run"),
        (
            .firstOfFinalRun(ownStatus: false, followUps: 1),
            "status:first-resolved of the final run (no status of its own; its text says resolved); "
                + "the 1 later resolved post is a follow-up"
        ),
        (
            .firstOfFinalRun(ownStatus: true, followUps: 2),
            "status:first-resolved of the final run; the 2 later resolved posts are follow-ups"
        ),
        (.fallbackFirstUpdate(declaredStartAfter: nil), "fallback:first-update (no impact line, no declared start)"),
        (
            .fallbackFirstUpdate(declaredStartAfter: instant),
            "fallback:first-update (the declared start 2025-01-10T15:00:00Z is after it)"
        ),
        (
            .fallbackPublicResolved,
            "fallback:public-resolved (no restore time in the text or fields; the first resolved post of "
                + "the final run, later ones are follow-ups)"
        ),
        (.marker(key: "detected", exact: false), "marker:front-matter detected"),
        (.marker(key: "resolved", exact: true), "marker:front-matter resolved (exact)"),
        (.declared(.start, exact: false), "declared:declared start (no wording in the text)"),
        (.declared(.end, exact: true), "declared:declared end (no wording in the text) exact"),
        (.declaredRangeEnd, "declared:end of the declared range"),
        (.cue(.wording("alerted"), .asWorded), "wording:alerted"),
        (.cue(.tag("[detected]"), .asWorded), "tag:[detected]"),
        (.cue(nil, .asWorded), "wording"),
        (
            .cue(.wording("problem is identified"), .identifiedBeforeDetection),
            "wording:problem is identified (identified before any detection wording)"
        ),
        (.cue(.wording("scales"), .atEnd(ofRange: true)), "wording:scales (end of range)"),
        (.cue(.wording("rolled back"), .atEnd(ofRange: false)), "wording:rolled back"),
        (
            .cue(.partialRestoration(wording: "restored", qualifier: "the majority of"), .atEnd(ofRange: false)),
            "wording:restored (partial: the majority of)"
        ),
        (
            .cue(.wording("errors"), .firstImpact(.postmortem)),
            "wording:errors (first postmortem line describing impact)"
        ),
        (.cue(.wording("errors"), .firstImpact(.updateBody)), "wording:errors (update body, before the first update)"),
        (.windowEnd(.range, of: 1), "wording:impact range end"),
        (.windowEnd(.range, of: 2), "wording:impact range end (the latest of 2 stated windows)"),
        (.windowEnd(.sentence, of: 1), "wording:stated window end (two times of one sentence)"),
        (.windowEnd(.until, of: 3), "wording:until (a stated end) (the latest of 3 stated windows)"),
        (.windowStart(.range, runsIntoIncident: false), "wording:stated range start"),
        (
            .windowStart(.sentence, runsIntoIncident: true),
            "wording:stated window (two times of one sentence) start (its end is within the incident, so the "
                + "window runs into it)"
        ),
        (.impactRangeEnd, "wording:impact range end"),
    ]

    @Test func eachBasisHasOneText() throws {
        for (basis, text) in Self.bases {
            let rule = LifecycleRule(basis)
            #expect(rule.description == text)
            let decoded = try JSONDecoder().decode(LifecycleRule.self, from: JSONEncoder().encode(rule))
            #expect(decoded == rule)
            #expect(decoded.description == text)
        }
    }

    @Test func candidatesAndReasonsFollowTheBasisInOrder() {
        var rule = LifecycleRule(.cue(.wording("errors"), .firstImpact(.postmortem)))
        rule.candidates = [
            .init(kind: .postmortemLine, instant: Self.instant),
            .init(kind: .window(.range), instant: Self.instant.addingTimeInterval(60)),
            .init(kind: .declaredStart, instant: Self.instant.addingTimeInterval(120)),
        ]
        rule.passedOver = [PassedOver(written: "09:12", reason: .beforeImpactStart(Self.instant))]
        #expect(
            rule.description
                == "wording:errors (first postmortem line describing impact); the earliest of 3 candidates "
                + "(postmortem line 2025-01-10T15:00:00Z, stated range 2025-01-10T15:01:00Z, declared start "
                + "2025-01-10T15:02:00Z); \"09:12\" passed over: before the impact start 2025-01-10T15:00:00Z")
        // One candidate is not listed.
        rule.candidates.removeLast(2)
        #expect(rule.description.hasPrefix("wording:errors (first postmortem line describing impact); \"09:12\""))
    }

    @Test func passingOverKeepsEachReasonOnceInTheRuleNotInItsText() {
        let event = LifecycleEvent(
            kind: .resolved, instant: Self.instant, source: .updateBody, rule: LifecycleRule(.impactRangeEnd))
        let early = PassedOver(written: "09:12", reason: .dateDisagrees)
        let declared = PassedOver(written: nil, reason: .beforeImpactStart(Self.instant))
        let passed = event.passing(over: [early, declared, early])
        #expect(passed.rule.basis == .impactRangeEnd)
        #expect(passed.passedOver == [early, declared])
        #expect(
            passed.rule.description
                == "wording:impact range end; \"09:12\" passed over: Chronology warns its date disagrees with the "
                + "incident; the declared end passed over: before the impact start 2025-01-10T15:00:00Z")
        #expect(event.passing(over: []) == event)
    }

    @Test(arguments: [
        (
            PassedOver(written: "09:12", reason: .dateDisagrees),
            "\"09:12\" passed over: Chronology warns its date disagrees with the incident"
        ),
        (
            PassedOver(written: "Jan 3 08:00", reason: .dayBeforeStart(instant)),
            "\"Jan 3 08:00\" passed over: more than a day before the incident's start 2025-01-10T15:00:00Z"
        ),
        (
            PassedOver(written: "18:00", reason: .afterItsUpdate(posted: instant)),
            "\"18:00\" passed over: more than an hour after the update that tells it (2025-01-10T15:00:00Z)"
        ),
        (
            PassedOver(written: "14:00", reason: .beforeImpactStart(instant)),
            "\"14:00\" passed over: before the impact start 2025-01-10T15:00:00Z"
        ),
        (
            PassedOver(written: nil, reason: .beforeImpactStart(instant)),
            "the declared end passed over: before the impact start 2025-01-10T15:00:00Z"
        ),
    ])
    func eachReasonPassedOverHasOneText(_ passed: PassedOver, _ text: String) throws {
        #expect(passed.description == text)
        #expect(try JSONDecoder().decode(PassedOver.self, from: JSONEncoder().encode(passed)) == passed)
    }

    @Test func cueRulesHaveOneTextEach() {
        #expect(LifecycleCue.Rule.tag("[mitigated]").description == "tag:[mitigated]")
        #expect(LifecycleCue.Rule.wording("paged").description == "wording:paged")
        #expect(
            LifecycleCue.Rule.partialRestoration(wording: "recovered", qualifier: "began to").description
                == "wording:recovered (partial: began to)")
    }
}
