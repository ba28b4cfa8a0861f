import Foundation
import IncidentModel
import Testing

@testable import Metrics

/// How a retrospective update's sentences end the impact: a partial restoration is a mitigation,
/// a stated window outranks a line worded as restored, each time of a sentence takes the words
/// nearest to it, and a clock whose two ends are one posting measures nothing.
@Suite struct RestorationReadingTests {
    typealias F = LifecycleFixtures
    let measurer = IncidentMeasurer()
    let classifier = LifecycleClassifier()

    /// A three-update incident whose resolved update tells `lines` (text, instant, written).
    func retrospective(_ lines: [(String, String, String)], until end: [String: String] = [:]) -> Incident {
        let body = lines.map(\.0).joined(separator: " ")
        return F.incident(
            [
                F.update(.investigating, "2025-02-04T10:30:00Z", "We are looking into failed uploads.", number: 0),
                F.update(.monitoring, "2025-02-04T11:30:00Z", "A fix is rolling out.", number: 1),
                F.update(.resolved, "2025-02-04T14:00:00Z", body, number: 2),
            ],
            timeline: lines.map { F.body($0.0, $0.1, until: end[$0.2], update: 2, written: $0.2) })
    }

    @Test func partialRestorationIsAMitigation() {
        for text in [
            "Upload latency began to return to normal levels after the patch.",
            "The cache was restored, which allowed the majority of uploads to recover.",
            "The primary database was restored from a backup but was still operating slowly.",
            "Most of the uploads have recovered.",
        ] {
            let kinds = classifier.cues(in: text).map(\.kind)
            #expect(kinds.contains(.mitigation), "\(text)")
            #expect(!kinds.contains(.resolved), "\(text)")
        }
        for text in [
            "Uploads started to come back online and service was restored.",
            "The service was fully restored for all customers.",
            "Buckets had fully recovered by then.",
            "The rollback finished, ending four hours of impact.",
        ] {
            #expect(classifier.cues(in: text).map(\.kind).contains(.resolved), "\(text)")
        }
    }

    @Test func theFullRestorationIsTheResolutionNotTheFirstStep() {
        let incident = retrospective([
            ("From 09:50 UTC uploads failed for some users.", "2025-02-04T09:50:00Z", "09:50 UTC"),
            ("At 11:10 UTC upload rates began to return to normal.", "2025-02-04T11:10:00Z", "11:10 UTC"),
            ("By 11:40 UTC the vast majority of uploads succeeded again.", "2025-02-04T11:40:00Z", "11:40 UTC"),
            ("Full operations were restored by 12:25 UTC.", "2025-02-04T12:25:00Z", "12:25 UTC"),
        ])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.impactStart]?.instant == F.at("2025-02-04T09:50:00Z"))
        #expect(metrics.events[.resolved]?.instant == F.at("2025-02-04T12:25:00Z"))
        #expect(metrics.events[.mitigated]?.instant == F.at("2025-02-04T11:10:00Z"))
        #expect(metrics.clocks[.ttr] == 155)
    }

    @Test func aStatedWindowOutranksALineWordedAsRestored() {
        let window = "Between 09:50 and 12:05 UTC, uploads were degraded."
        let step = "Queue connectivity was restored at 11:20 UTC."
        let incident = retrospective(
            [
                (window, "2025-02-04T09:50:00Z", "between 09:50 and 12:05 UTC"),
                (step, "2025-02-04T11:20:00Z", "11:20 UTC"),
            ],
            until: ["between 09:50 and 12:05 UTC": "2025-02-04T12:05:00Z"])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.resolved]?.instant == F.at("2025-02-04T12:05:00Z"))
        #expect(metrics.events[.resolved]?.rule.description == "wording:impact range end")
        #expect(metrics.clocks[.ttr] == 135)
    }

    @Test func eachTimeOfASentenceTakesTheWordsNearestIt() {
        // One sentence, a start and an end: read whole, both times would carry both wordings.
        let text =
            "Starting at 09:50 UTC, the upload service returned errors for buckets in one region "
            + "and the archive jobs which were restored at 12:40 UTC."
        let incident = retrospective([
            (text, "2025-02-04T09:50:00Z", "09:50 UTC"), (text, "2025-02-04T12:40:00Z", "12:40 UTC"),
        ])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.impactStart]?.instant == F.at("2025-02-04T09:50:00Z"))
        #expect(metrics.events[.resolved]?.instant == F.at("2025-02-04T12:40:00Z"))
        #expect(metrics.clocks[.ttr] == 170)
    }

    @Test func twoRestorationsInOneSentenceEndAtTheLater() {
        let start = "Starting at 09:50 UTC uploads failed."
        let text = "Power was restored to the rack at 12:10 UTC and at 12:30 UTC all uploads had recovered."
        let incident = retrospective([
            (start, "2025-02-04T09:50:00Z", "09:50 UTC"),
            (text, "2025-02-04T12:10:00Z", "12:10 UTC"), (text, "2025-02-04T12:30:00Z", "12:30 UTC"),
        ])
        let metrics = measurer.measure(incident)
        #expect(metrics.events[.resolved]?.instant == F.at("2025-02-04T12:30:00Z"))
    }

    @Test func aReferenceTimeIsNoMomentOfTheIncident() {
        let start = "At 09:50 UTC a faulty migration made projects unavailable."
        let restored = "Projects were restored to their state prior to the incident (09:50 UTC)."
        let done = "The incident was resolved at 13:05 UTC."
        let incident = retrospective([
            (start, "2025-02-04T09:50:00Z", "09:50 UTC"), (restored, "2025-02-04T09:50:00Z", "(09:50 UTC"),
            (done, "2025-02-04T13:05:00Z", "13:05 UTC"),
        ])
        // The time in parentheses is alone in its entry; the splitter's own rule, on one sentence:
        let split = SentenceClauses.clauses(
            of: "Data was restored prior to the incident (09:50 UTC) and resolved at 13:05 UTC.",
            times: ["09:50 UTC", "13:05 UTC"])
        #expect(split.clauses == ["", " and resolved at 13:05 UTC."])
        #expect(measurer.measure(incident).events[.resolved]?.instant == F.at("2025-02-04T13:05:00Z"))
    }

    @Test func dropWithAnObjectIsAnAction() {
        #expect(!classifier.cues(in: "At 09:30 UTC we ran a migration to drop a column.").map(\.kind).contains(.impact))
        #expect(classifier.cues(in: "Upload traffic begins to drop at 09:30.").map(\.kind).contains(.impact))
    }

    @Test func aClockWhoseEndsAreOnePostingMeasuresNothing() {
        // A start field left at the first post's stamp, and a body line written at that stamp:
        // TTFU and TTR would read 0 though nothing was measured.
        let text = "2015-06-01 10:00:00 - All systems operational."
        let incident = F.incident(
            [F.update(.resolved, "2015-06-01T10:00:00Z", text, number: 0)],
            timeline: [F.body(text, "2015-06-01T10:00:00Z", update: 0, written: "2015-06-01 10:00:00")],
            declaredStart: "2015-06-01T10:00:00Z")
        let metrics = measurer.measure(incident)
        #expect(metrics.clocks[.ttr] == nil)
        #expect(metrics.clocks[.ttfu] == nil)
        #expect(metrics.diagnostics.contains { $0.code == "clock.degenerate" && $0.message.hasPrefix("ttr:") })
    }

    @Test func aVendorsOwnBeginAndADetectionWrittenAtItMeasureZero() {
        // Google's `begin` is the impact start, not a posting: detection at that minute is a TTD of 0.
        let text = "At 13:47 PDT automated repair detected the loss of capacity."
        let incident = F.incident(
            [
                F.update(.investigating, "2022-05-20T21:00:00Z", "Investigating.", number: 0),
                F.update(.resolved, "2022-05-20T21:30:00Z", text, number: 1),
            ],
            timeline: [F.body(text, "2022-05-20T20:47:00Z", update: 1, written: "13:47 PDT")],
            declaredStart: "2022-05-20T20:47:00Z", declaredEnd: "2022-05-20T21:07:00Z", format: .googleCloudJSON)
        #expect(measurer.measure(incident).clocks[.ttd] == 0)
    }
}
