import Completeness
import Foundation
import IncidentModel
import Metrics
import Pipeline
import TestSupport
import Testing

/// The readings real teams' documents need, each on a document written for the test.
@Suite struct RealDocumentReadingTests {
    private func load(_ text: String, name: String = "doc.md") throws -> Incident {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rdr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try #require(IncidentLoader().load([file.path]).incidents.first)
    }

    private func utc(_ incident: Incident, _ written: String) -> String? {
        incident.timeline.first { $0.time.written.text == written }.map { Self.iso($0.time.instant) }
    }

    private func event(_ incident: Incident, _ kind: LifecycleEvent.Kind) -> String? {
        IncidentMeasurer().measure(incident).events[kind].map { Self.iso($0.instant) }
    }

    private static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    @Test func aFirstNumberOver12IsADayAndTheDocumentDecidesTheAmbiguousOnes() throws {
        let plain = try load("# Queue stall\n\n## Timeline\n\n- 27-10-2024 22:00 UTC - the queue stops draining\n")
        #expect(utc(plain, "27-10-2024 22:00 UTC") == "2024-10-27T22:00:00Z")
        let text = """
            # 03-02-2025 - Search outage

            The signing key expired on 1 February 2025.

            ## Timeline

            - 02-02-2025 23:00 UTC - search errors begin
            - 03-02-2025 08:15 UTC - a customer reports empty results
            """
        let incident = try load(text)
        #expect(utc(incident, "02-02-2025 23:00 UTC") == "2025-02-02T23:00:00Z")
        let order = try #require(incident.diagnostics.first { $0.code == "date.order" })
        #expect(
            order.readings.contains { $0.hasPrefix("month first") }
                && order.readings.contains { $0.hasPrefix("day first") })
    }

    @Test func aTitleDateWithATwoDigitYearDatesTheTimeline() throws {
        let incident = try load("# Portal down 7-19-22\n\n## Timeline\n\n- 03:10 PM UTC the portal is down\n")
        #expect(utc(incident, "03:10 PM UTC") == "2022-07-19T15:10:00Z")
    }

    @Test func timedHeadingsAreTimelineEntriesToldByTheLinesUnderThem() throws {
        let text = """
            # Scheduler backlog

            ## Timeline

            All times in UTC

            ### 2023-04-05 09:00

            The scheduler stalls after a config push.

            ### 09:20

            The on-call engineer notices the backlog.

            ### 10:05

            Jobs are flowing again.

            ### What went well

            Paging worked.
            """
        let incident = try load(text)
        #expect(event(incident, .impactStart) == "2023-04-05T09:00:00Z")
        #expect(event(incident, .detected) == "2023-04-05T09:20:00Z")
        #expect(event(incident, .resolved) == "2023-04-05T10:05:00Z")
        #expect(incident.timeline.first { $0.time.written.text == "09:20" }?.section == "Timeline")
    }

    @Test func aMistypedAreaBeforeARegionWordStillDeclaresTheRegion() throws {
        let incident = try load(
            "# Slow builds\n\n## Timeline\n\nAll times in UA/Pacific\n\n- 2021-07-01 08:00 builds slow down\n")
        #expect(utc(incident, "2021-07-01 08:00") == "2021-07-01T15:00:00Z")
    }

    @Test func aChatPermalinkChoosesTheOffsetOfZonelessTimes() throws {
        let text = """
            # Ingress restarts

            - Outage declared 2021-06-10 15:30
            - Thread: https://example.slack.com/archives/C0000/p1623335400000100
            """
        let incident = try load(text)
        #expect(utc(incident, "2021-06-10 15:30") == "2021-06-10T14:30:00Z")
        #expect(incident.diagnostics.contains { $0.code == "zone.evidence" })
    }

    @Test func aScheduleIsNoImpactWindow() throws {
        let text = """
            # Masters not ready

            - **Key events**
              - Fault occurs 2020-03-03 06:10 UTC
              - Resolved 2020-03-03 15:00 UTC
            - **Time to resolve**: 6h (during business hours 09:00-17:00)
            """
        let incident = try load(text)
        #expect(event(incident, .impactStart) == "2020-03-03T06:10:00Z")
        #expect(event(incident, .resolved) == "2020-03-03T15:00:00Z")
    }

    @Test func markdownIsJudgedByContentWhateverTheName() throws {
        let incident = try load(
            "# Cache flush\n\n## Timeline\n\n- 2022-02-02 10:00 UTC errors rise\n", name: "cache.html.md.erb")
        #expect(incident.sourceFormat == .markdownPostmortem)
        #expect(utc(incident, "2022-02-02 10:00 UTC") == "2022-02-02T10:00:00Z")
    }

    @Test func sectionsMarkedByLabelsPlainLinesAndSynonymsCount() throws {
        let text = """
            # Incident on 2021-01-01

            - **Key events**
              - Alert fires 2021-01-01 10:00 UTC
            - **Identified**: a synthetic probe alerted the on-call engineer
            - **Impact**: logins failed for a third of users
            - **Resolution**: the bad deploy was rolled back

            ## The Issue

            Logins failed.

            ## The Cause

            A bad deploy.

            ## Conclusion

            The cause is not known yet.

            Action Items

            - Add a canary stage
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sections-\(UUID().uuidString).md")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let report = try PostmortemCheckRun().check([file.path])
        let codes = Set(report.files.flatMap(\.findings).map(\.code))
        // Summary, impact, timeline, detection, root cause, resolution, action items: all present.
        for id in ["PM001", "PM002", "PM003", "PM004", "PM005", "PM006", "PM007"] {
            #expect(!codes.contains(id), "\(id) reported missing")
        }
    }

    @Test func aConclusionCountsAsTheCauseOnlyWhenItStatesOne() throws {
        let unknown = "# Outage\n\n## Summary\n\nDown.\n\n## Conclusion\n\nIt failed for as yet unknown reasons.\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("conclusion-\(UUID().uuidString).md")
        try unknown.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let codes = Set(try PostmortemCheckRun().check([file.path]).files.flatMap(\.findings).map(\.code))
        #expect(codes.contains("PM005"))
    }
}
