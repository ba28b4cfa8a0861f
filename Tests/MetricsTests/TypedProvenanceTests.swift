import Foundation
import IncidentModel
import Testing

@testable import Metrics

/// Where a boundary came from is a value: the measurer decides on the value, and text is made only
/// by ``LifecycleSource/description`` and ``LifecycleRule/description``.
@Suite struct TypedProvenanceTests {
    let place = SourcePlace(file: "x.md", line: 3)
    let at = Date(timeIntervalSince1970: 1_736_521_200)

    func event(_ kind: LifecycleEvent.Kind, _ source: LifecycleSource, minutes: Double = 0, text: String? = nil)
        -> LifecycleEvent
    {
        LifecycleEvent(
            kind: kind, instant: at.addingTimeInterval(minutes * 60), source: source,
            rule: LifecycleRule(.cue(.wording("began"), .asWorded)), text: text, place: place)
    }

    func ttd(_ from: LifecycleEvent, _ to: LifecycleEvent, updates: Int = 2) -> (Double?, Diagnostic?) {
        IncidentMeasurer.clock(.ttd, events: [.impactStart: from, .detected: to], timedUpdates: updates, place: place)
    }

    @Test(arguments: [
        (LifecycleSource.statusUpdate(number: 2, status: .resolved), "status update 2 (resolved)"),
        (.statusUpdate(number: 1, status: .inProgress), "status update 1 (in_progress)"),
        (.statusUpdateLine, "status update"),
        (.frontMatter(key: "detected"), "front matter"),
        (.frontMatter(key: nil), "front matter"),
        (.declared(.start), "declared start"),
        (.declared(.end), "declared end"),
        (.declaredRangeEnd, "declared end"),
        (.postmortem(section: "Timeline"), "postmortem (Timeline)"),
        (.postmortem(section: nil), "postmortem"),
        (.updateBody, "update body"),
    ])
    func eachSourceHasOneText(_ source: LifecycleSource, _ text: String) throws {
        #expect(source.description == text)
        #expect("\(source)" == text)
        let decoded = try JSONDecoder().decode(LifecycleSource.self, from: JSONEncoder().encode(source))
        #expect(decoded == source)
        #expect(decoded.description == text)
    }

    @Test func theSourceKindsAreValuesNotPrefixes() {
        let updates: [LifecycleSource] = [.statusUpdate(number: 1, status: .investigating), .statusUpdateLine]
        #expect(updates.allSatisfy(\.isStatusUpdate) && !updates.contains(where: \.isDeclared))
        let declared: [LifecycleSource] = [.declared(.start), .declared(.end), .declaredRangeEnd]
        #expect(declared.allSatisfy(\.isDeclared) && !declared.contains(where: \.isStatusUpdate))
        // Sections named like the public record are still postmortem lines.
        let named: [LifecycleSource] = [
            .postmortem(section: "status update 1 (resolved)"), .postmortem(section: "declared start"), .updateBody,
            .frontMatter(key: "declared"),
        ]
        #expect(!named.contains(where: \.isStatusUpdate) && !named.contains(where: \.isDeclared))
    }

    @Test func aBodyLineWordedLikeAStatusUpdateIsNotOne() {
        let text = "status update 1 (resolved): errors began"
        // Two readings of one body line at one instant measure 0 …
        let body = ttd(event(.impactStart, .updateBody, text: text), event(.detected, .updateBody, text: text))
        #expect(body.0 == 0)
        #expect(body.1 == nil)
        // … where the same update at both ends measures nothing.
        let update = LifecycleSource.statusUpdate(number: 1, status: .resolved)
        let same = ttd(event(.impactStart, update), event(.detected, update))
        #expect(same.0 == nil)
        #expect(same.1?.has(.clockDegenerate) == true)
        #expect(same.1?.message == "ttd: not measured, both ends are the same status update")
    }

    @Test func aSingleUpdateBlocksOnlyThePublicRecord() {
        let update = LifecycleSource.statusUpdate(number: 1, status: .resolved)
        let single = ttd(event(.impactStart, .declared(.start)), event(.detected, update, minutes: 30), updates: 1)
        #expect(single.0 == nil)
        #expect(single.1?.has(.clockSingleUpdate) == true)
        // The source's own start and end fields state a window, even with one update.
        let window = ttd(
            event(.impactStart, .declared(.start)), event(.detected, .declaredRangeEnd, minutes: 30), updates: 1)
        #expect(window.0 == 30)
        // A postmortem section whose heading reads like a declared field is the team's own text.
        let section = LifecycleSource.postmortem(section: "declared start")
        let own = ttd(event(.impactStart, section), event(.detected, update, minutes: 30), updates: 1)
        #expect(own.0 == 30)
        #expect(own.1 == nil)
    }

    @Test func theReadingsNameBothEndsByTheirText() {
        let update = LifecycleSource.statusUpdate(number: 1, status: .resolved)
        let (_, note) = ttd(event(.impactStart, update), event(.detected, update))
        #expect(
            note?.readings == [
                "impact_start: status update 1 (resolved), wording:began",
                "detected: status update 1 (resolved), wording:began",
            ])
    }

    @Test func maintenanceSourcesKeepTheirText() {
        #expect(MaintenanceWindow.Source.allCases.map(\.rawValue) == ["declared", "scheduled update", "unknown"])
    }
}
