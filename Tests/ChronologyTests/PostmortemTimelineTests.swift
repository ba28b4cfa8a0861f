import Chronology
import Foundation
import IncidentModel
import TestSupport
import Testing

/// Postmortem lines: date headings, declared zones, and lines earlier than the one before them.
@Suite struct PostmortemTimelineTests {
    static let updates = [
        Make.update(.investigating, "Jun 3, 2024, 22:30 UTC"), Make.update(.resolved, "Jun 4, 2024, 01:40 UTC"),
    ]

    @Test func declaredZoneInTheHeading() {
        let postmortem = Make.postmortem(
            heading: "Timeline (all times UTC)", lines: ["Jun 3, 2024", "22:05 - disk filled", "22:31 - paged"])
        let result = Reconciler().reconcile(Make.incident(updates: Self.updates, postmortem: postmortem))
        let lines = result.timeline.filter { $0.source == .postmortem }
        #expect(lines.map { Make.iso($0.time.instant) } == ["2024-06-03T22:05:00Z", "2024-06-03T22:31:00Z"])
        #expect(lines.allSatisfy { $0.time.zone.basis == .declared && $0.section == "Timeline (all times UTC)" })
    }

    @Test func lineAfterMidnightMovesWhenTheUpdatesSaySo() throws {
        let postmortem = Make.postmortem(
            heading: "Timeline (all times UTC)", lines: ["Jun 3, 2024", "22:05 - disk filled", "01:20 - fixed"])
        let result = Reconciler().reconcile(Make.incident(updates: Self.updates, postmortem: postmortem))
        let fixed = try #require(result.timeline.first { $0.text.contains("fixed") })
        #expect(Make.iso(fixed.time.instant) == "2024-06-04T01:20:00Z")
        let note = try #require(result.diagnostics.first { $0.code == "timeline.day-rollover" })
        #expect(note.message.contains("status updates"))
    }

    @Test func lineOutOfOrderStaysWhenNothingDemandsTheNextDay() throws {
        let postmortem = Make.postmortem(
            heading: "Timeline (all times UTC)", lines: ["Jun 3, 2024", "22:05 - disk filled", "21:50 - deploy"])
        let result = Reconciler().reconcile(Make.incident(updates: Self.updates, postmortem: postmortem))
        let deploy = try #require(result.timeline.first { $0.text.contains("deploy") })
        #expect(Make.iso(deploy.time.instant) == "2024-06-03T21:50:00Z")
        #expect(result.diagnostics.contains { $0.code == "timeline.out-of-order" })
        let said = Make.postmortem(
            heading: "Timeline (all times UTC)",
            lines: ["Jun 3, 2024", "22:05 - disk filled", "21:50 next day - audit"])
        let moved = Reconciler().reconcile(Make.incident(updates: Self.updates, postmortem: said))
        #expect(moved.timeline.contains { Make.iso($0.time.instant) == "2024-06-04T21:50:00Z" })
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/seed"))
    func realSeedFileResolvesEveryPostmortemLine() throws {
        let seed = try #require(
            FixturePaths.shared?.deletingLastPathComponent().appendingPathComponent("seed/kustomer-2025-01-10.txt"))
        let lines = try String(contentsOf: seed, encoding: .utf8).split(separator: "\n").map(String.init)
        var updates: [StatusUpdate] = []
        var postmortemText = ""
        for (index, line) in lines.enumerated() where line.hasPrefix("- ") {
            let words = line.dropFirst(2).split(separator: " ", maxSplits: 1).map(String.init)
            let status = try #require(Status(label: words[0]))
            let body = index + 1 < lines.count ? lines[index + 1] : ""
            if status == .postmortem { postmortemText = body }
            updates.append(
                StatusUpdate(
                    status: status, label: words[0], body: status == .postmortem ? "" : body,
                    written: Make.written(words[1], line: index + 1)))
        }
        let postmortem = Postmortem(
            text: postmortemText, place: SourcePlace(file: seed.lastPathComponent),
            preamble: [
                DocumentLine(text: postmortemText, place: SourcePlace(file: seed.lastPathComponent), kind: .paragraph)
            ])
        let result = Reconciler().reconcile(Make.incident(updates: updates, postmortem: postmortem, pageZone: "UTC"))
        let clockLines = result.timeline.filter { $0.source == .postmortem }
        #expect(
            clockLines.map { Make.iso($0.time.instant) } == [
                "2025-01-10T14:48:00Z", "2025-01-10T15:16:00Z", "2025-01-10T15:17:00Z", "2025-01-10T15:52:00Z",
                "2025-01-10T18:01:00Z", "2025-01-10T18:28:00Z",
            ])
        #expect(clockLines.allSatisfy { $0.time.zone.label == "EST" && $0.time.zone.offsetSeconds == -18_000 })
        #expect(Make.iso(clockLines[3].end?.instant) == "2025-01-10T17:55:00Z")
        #expect(result.updates.allSatisfy { $0.resolved?.zone.label == "UTC" })
        #expect(!result.diagnostics.contains { $0.severity == .warning && $0.code != "status.backwards" })
    }
}
