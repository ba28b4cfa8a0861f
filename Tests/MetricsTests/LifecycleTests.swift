import Foundation
import IncidentModel
import Metrics
import Testing

@Suite struct LifecycleTests {
    let measurer = IncidentMeasurer()

    func incident(
        updates: [StatusUpdate], timeline: [TimelineEntry] = [], declaredStart: WrittenTime? = nil,
        markers: [String: WrittenTime] = [:], postmortem: Bool = false
    ) -> Incident {
        Incident(
            id: "x", vendor: "V", sourceFormat: .statuspageJSON, place: SourcePlace(file: "x.json"), title: "Errors",
            updates: updates,
            postmortem: postmortem ? Postmortem(text: "", place: SourcePlace(file: "x.md")) : nil,
            declaredStart: declaredStart, markers: markers, timeline: timeline)
    }

    var twoUpdates: [StatusUpdate] {
        [
            TestTimes.update(.investigating, at: TestTimes.seed("16:00"), body: "Looking.", number: 0),
            TestTimes.update(.resolved, at: TestTimes.seed("17:00"), body: "Done.", number: 1),
        ]
    }

    @Test func frontMatterMarkerBeatsTagBeatsWording() {
        let lines = [
            TestTimes.entry(.postmortem, "Errors begin", at: TestTimes.seed("14:00"), line: 1),
            TestTimes.entry(.postmortem, "[detected] a customer email arrives", at: TestTimes.seed("14:20"), line: 2),
            TestTimes.entry(.postmortem, "On-call engineer is paged", at: TestTimes.seed("14:10"), line: 3),
        ]
        let tagged = measurer.measure(incident(updates: twoUpdates, timeline: lines, postmortem: true))
        #expect(tagged.events[.detected]?.instant == TestTimes.seed("14:20"))
        #expect(tagged.events[.detected]?.rule.basis == .cue(.tag("[detected]"), .asWorded))
        let marker = TestTimes.entry(.frontMatter, "detected", at: TestTimes.seed("14:05"))
        let marked = measurer.measure(incident(updates: twoUpdates, timeline: lines + [marker], postmortem: true))
        #expect(marked.events[.detected]?.instant == TestTimes.seed("14:05"))
        #expect(marked.events[.detected]?.rule.basis == .marker(key: "detected", exact: false))
        #expect(marked.clocks[.ttd] == 5)
        let untagged = Array(lines.dropFirst(2)) + [lines[0]]
        let worded = measurer.measure(incident(updates: twoUpdates, timeline: untagged, postmortem: true))
        #expect(worded.events[.detected]?.rule.basis == .cue(.wording("paged"), .asWorded))
    }

    @Test func markerWithExactTimeWhenNotInTheTimeline() {
        let written = WrittenTime(
            text: "2025-01-10T15:30:00Z", place: SourcePlace(file: "x.md", line: 2), exact: TestTimes.seed("15:30"))
        let measured = measurer.measure(incident(updates: twoUpdates, markers: ["impact_start": written]))
        #expect(measured.events[.impactStart]?.instant == TestTimes.seed("15:30"))
        #expect(measured.clocks[.ttfu] == 30)
    }

    @Test func withoutPostmortemImpactStartIsTheDeclaredStart() {
        let declared = WrittenTime(
            text: "started_at", place: SourcePlace(file: "x.json", element: "started_at"),
            exact: TestTimes.seed("15:40"), exactField: "started_at")
        let measured = measurer.measure(incident(updates: twoUpdates, declaredStart: declared))
        #expect(measured.events[.impactStart]?.rule.description.hasPrefix("declared:declared start") == true)
        #expect(measured.clocks[.ttfu] == 20)
        #expect(measured.clocks[.ttr] == 80)
        #expect(measured.events[.resolved]?.rule.basis == .fallbackPublicResolved)
        #expect(measured.clocks[.ttd] == nil)
        #expect(measured.diagnostics.contains { $0.code == "clock.unknown" && $0.message.contains("detected") })
    }

    @Test func fallbackToFirstUpdateGivesNoTimeToFirstUpdate() {
        let measured = measurer.measure(incident(updates: twoUpdates))
        #expect(measured.events[.impactStart]?.rule.description.hasPrefix("fallback:first-update") == true)
        #expect(measured.clocks[.ttfu] == nil)
        #expect(measured.clocks[.publicDuration] == 60)
        #expect(measured.diagnostics.contains { $0.code == "clock.degenerate" })
    }

    @Test func singleUpdateHasNoDuration() {
        let declared = WrittenTime(
            text: "started_at", place: SourcePlace(file: "x.json"), exact: TestTimes.seed("09:00"))
        let one = [TestTimes.update(.resolved, at: TestTimes.seed("12:00"), body: "Resolved.", number: 0)]
        let measured = measurer.measure(incident(updates: one, declaredStart: declared))
        #expect(measured.clocks.isEmpty)
        #expect(measured.diagnostics.contains { $0.code == "clock.single-update" })
    }

    @Test func impactWrittenInAnUpdateBodyBeforeTheFirstUpdate() {
        let body = TestTimes.entry(
            .updateBody, "Between 13:28 and 21:15 UTC users saw failures loading pages",
            at: TestTimes.seed("13:28"), until: TestTimes.seed("21:15"))
        let updates = [
            TestTimes.update(.investigating, at: TestTimes.seed("13:40"), body: "Looking.", number: 0),
            TestTimes.update(.resolved, at: TestTimes.seed("21:30"), body: body.text, number: 1),
        ]
        let measured = measurer.measure(incident(updates: updates, timeline: [body]))
        #expect(measured.events[.impactStart]?.instant == TestTimes.seed("13:28"))
        #expect(measured.events[.resolved]?.instant == TestTimes.seed("21:15"))
        #expect(measured.events[.resolved]?.rule.description == "wording:impact range end")
        #expect(measured.clocks[.ttfu] == 12)
    }

    @Test func onlyTheTimelineSectionIsReadForWording() {
        let lines = [
            TestTimes.entry(
                .postmortem, "Latency rose at noon last year", at: TestTimes.seed("00:00"), section: "Summary"),
            TestTimes.entry(.postmortem, "Error rates climb", at: TestTimes.seed("15:00"), section: "Timeline (UTC)"),
        ]
        let measured = measurer.measure(incident(updates: twoUpdates, timeline: lines, postmortem: true))
        #expect(measured.events[.impactStart]?.instant == TestTimes.seed("15:00"))
    }

    @Test func classifierReadsMitigationBeforeImpact() {
        let classifier = LifecycleClassifier()
        #expect(!classifier.cues(in: "Traffic failed over to the standby region").contains { $0.kind == .impact })
        let seedLike = classifier.cues(in: "The service scaled up but then hit failures").map(\.kind)
        #expect(seedLike.contains(.mitigation) && seedLike.contains(.impact))
        #expect(classifier.cues(in: "Everything is back to normal").map(\.kind) == [.resolved])
        #expect(classifier.tag(in: "x [Impact-Start] y")?.kind == .impactStart)
        #expect(classifier.cues(in: "Detection: the p99 alert fires").map(\.kind) == [.detected])
        #expect(classifier.cues(in: "Resolution: status page set to resolved").map(\.kind) == [.resolved])
        #expect(!classifier.cues(in: "Working toward a resolution").contains { $0.kind == .resolved })
    }

    @Test func statedDurationsComeFromTheSummaryNotFromDetectionThresholds() {
        func line(_ text: String, _ number: Int) -> DocumentLine {
            DocumentLine(text: text, place: SourcePlace(file: "x.md", line: number), kind: .paragraph)
        }
        let postmortem = Postmortem(
            text: "", place: SourcePlace(file: "x.md"),
            sections: [
                DocumentSection(
                    heading: "Summary", level: 2, place: SourcePlace(file: "x.md", line: 1),
                    lines: [line("Payments were slow for 1 hour 40 minutes.", 2)]),
                DocumentSection(
                    heading: "Detection", level: 2, place: SourcePlace(file: "x.md", line: 3),
                    lines: [line("The alert needs latency above 2 s for 5 minutes.", 4)]),
            ])
        let lines = [
            TestTimes.entry(.postmortem, "Latency climbs", at: TestTimes.seed("14:00"), section: "Timeline"),
            TestTimes.entry(
                .postmortem, "Resolution: traffic rebalanced", at: TestTimes.seed("15:40"), section: "Timeline"),
        ]
        var made = incident(updates: twoUpdates, timeline: lines)
        made.postmortem = postmortem
        let measured = measurer.measure(made)
        #expect(measured.clocks[.ttr] == 100)
        #expect(measured.statedDurations.map(\.statedMinutes) == [100])
        #expect(measured.statedDurations.first?.disagrees == false)
        #expect(!measured.diagnostics.contains { $0.code == "duration.stated-mismatch" })
    }
}
