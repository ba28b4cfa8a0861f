import Completeness
import Foundation
import IncidentModel
import Ingest
import Metrics
import Pipeline
import TestSupport
import Testing

/// PM016 reads timeline entries as `report` does (Metrics' `LifecycleClassifier`), so a milestone
/// the report measures is never said to be missing, and the SRE book's wording counts.
@Suite struct MilestoneAgreementTests {
    /// A short postmortem whose timeline ends with `last`.
    static func document(ending last: String) -> String {
        """
        ## Timeline (all times UTC)

        **Jan 10, 2025**

        - 14:02 Error rate on checkout rises above 5%.
        - 14:09 The latency alert pages the on-call engineer.
        - 15:48 \(last)
        """
    }

    static func milestoneFindings(_ text: String) throws -> [String] {
        try CheckSupport.findings(text).filter { $0.code == "PM016" }.map(\.message)
    }

    /// Whether `report` measures a resolution (resolved or mitigated) for the document.
    static func reportResolves(_ text: String) -> Bool {
        let events = reportEvents(Data(text.utf8))
        return events.contains(.resolved) || events.contains(.mitigated)
    }

    @Test(arguments: [
        "OUTAGE MITIGATED, traffic directed to the standby cluster.", "Service restored for every region.",
        "All clear given by the commander.", "Rolled back the deploy.", "Impact ends.",
        "The team keeps watching the dashboards. [resolved]", "INCIDENT ENDS, exit criterion reached.",
        "Outage ends.", "Resolved.", "Resolution: the queue drains.",
    ])
    func endOfImpactWordingCounts(_ last: String) throws {
        #expect(Self.reportResolves(Self.document(ending: last)))
        #expect(try Self.milestoneFindings(Self.document(ending: last)).isEmpty)
    }

    /// Wordings `report` does not read as the end yet: `check` says so too, rather than pass a
    /// document the report cannot measure.
    @Test(arguments: ["Checkout recovered.", "The team writes the summary and closes the channel."])
    func wordingTheReportMissesIsMissingInCheckToo(_ last: String) throws {
        #expect(!Self.reportResolves(Self.document(ending: last)))
        let findings = try Self.milestoneFindings(Self.document(ending: last))
        #expect(findings == ["the timeline has no resolution entry (and the front matter no resolved)"])
    }

    @Test func entryWithoutEndWordingIsNoResolution() throws {
        let findings = try Self.milestoneFindings(Self.document(ending: "The team writes the summary."))
        #expect(findings.count == 1)
        #expect(findings.first?.contains("no resolution entry") == true)
    }

    @Test func genericStartWordIsNoImpactStart() throws {
        let text = """
            ## Timeline (all times UTC)

            **Jan 10, 2025**

            - 14:02 The deploy starts.
            - 14:09 The queue alert pages the on-call engineer.
            - 15:48 Incident resolved.
            """
        let findings = try Self.milestoneFindings(text)
        #expect(findings.count == 1)
        #expect(findings.first?.contains("no impact start entry") == true)
    }

    @Test func tagsAndFrontMatterMarkersCount() throws {
        let tagged = """
            ## Timeline (all times UTC)

            **Jan 10, 2025**

            - 14:02 Checkout goes quiet. [impact_start]
            - 14:09 A customer writes in. [detected]
            - 15:48 Orders flow again. [resolved]
            """
        #expect(try Self.milestoneFindings(tagged).isEmpty)
        let marked =
            "---\nimpact_start: 2025-01-10T14:02:00Z\ndetected: 2025-01-10T14:09:00Z\n"
            + "mitigated: 2025-01-10T15:48:00Z\n---\n\n## Timeline (all times UTC)\n\n- 14:05 The team joins the call.\n"
        #expect(try Self.milestoneFindings(marked).isEmpty)
    }

    /// The events `report` finds for a postmortem: read and reconciled by the pipeline, then
    /// extracted by Metrics.
    static func reportEvents(_ data: Data) -> Set<LifecycleEvent.Kind> {
        let loaded = IncidentLoader().load(["-"], standardInput: { data })
        return Set(loaded.incidents.flatMap { LifecycleExtractor().events(for: $0).events.keys })
    }

    /// The milestones PM016 finds missing, as lifecycle kinds.
    static func missing(_ data: Data, file: String) throws -> Set<LifecycleEvent.Kind> {
        let messages = try CheckSupport.findings(data: data, file: file).filter { $0.code == "PM016" }.map(\.message)
        var kinds = Set<LifecycleEvent.Kind>()
        if messages.contains(where: { $0.contains("impact start") }) { kinds.insert(.impactStart) }
        if messages.contains(where: { $0.contains("detection") }) { kinds.insert(.detected) }
        if messages.contains(where: { $0.contains("resolution") }) { kinds.formUnion([.mitigated, .resolved]) }
        return kinds
    }

    @Test func seedMilestonesAgreeWithTheReport() throws {
        let data = try Data(contentsOf: FixturePaths.fixture("postmortems/2025-01-10-kustomer-routing.md"))
        let events = Self.reportEvents(data)
        #expect(events.isSuperset(of: [.impactStart, .detected, .resolved]))
        #expect(try Self.missing(data, file: "seed.md").isEmpty)
    }

    @Test func whatTheReportMeasuresIsNeverMissing() throws {
        let folder = CheckSupport.ruleFixtures
        var files = [
            FixturePaths.fixture("postmortems/2025-01-10-kustomer-routing.md"),
            FixturePaths.fixture("postmortems/2025-01-21-northwind-api-latency.md"),
        ]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let rule = folder.appendingPathComponent(name)
            for file in try FileManager.default.contentsOfDirectory(atPath: rule.path).sorted() {
                files.append(rule.appendingPathComponent(file))
            }
        }
        for file in files {
            let data = try Data(contentsOf: file)
            let measured = Self.reportEvents(data)
            let missing = try Self.missing(data, file: file.lastPathComponent)
            #expect(measured.isDisjoint(with: missing), "\(file.path): report has \(measured), PM016 misses \(missing)")
        }
    }
}
