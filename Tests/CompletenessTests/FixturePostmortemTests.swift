import Completeness
import Foundation
import IncidentModel
import Ingest
import Metrics
import Pipeline
import TestSupport
import Testing

/// The repository's example postmortems: the complete one passes, the seed's write-up is flagged
/// for exactly what it lacks.
@Suite struct FixturePostmortemTests {
    @Test func completePostmortemPasses() throws {
        let findings = try CheckSupport.findings(fixture: "postmortems/2025-01-21-northwind-api-latency.md")
        #expect(findings.isEmpty, "\(findings.map { "\($0.place) \($0.code) \($0.message)" })")
    }

    @Test func completeHTMLPostmortemPasses() throws {
        let findings = try CheckSupport.findings(fixture: "postmortems/2025-01-28-acme-storage-outage.html")
        #expect(findings.isEmpty, "\(findings.map { "\($0.place) \($0.code) \($0.message)" })")
    }

    @Test func seedPostmortemLacksImpactDetectionResolutionAndOwners() throws {
        let findings = try CheckSupport.findings(fixture: "postmortems/2025-01-10-kustomer-routing.md")
        let errors = Set(findings.filter { $0.severity == .error }.map(\.code))
        #expect(errors.isSuperset(of: ["PM002", "PM004", "PM006", "PM017"]))
        #expect(findings.filter { $0.code == "PM017" }.count == 3)
        #expect(findings.filter { $0.code == "PM017" }.map { $0.place.line } == [54, 55, 56])
        #expect(!errors.contains("PM001"), "the summary is there")
        #expect(!errors.contains("PM005"), "the root cause is there")
    }

    @Test func seedTimelineInESTIsAccepted() throws {
        let findings = try CheckSupport.findings(fixture: "postmortems/2025-01-10-kustomer-routing.md")
        let timeCodes: Set<String> = ["PM013", "PM014", "PM015", "PM016", "PM021", "PM022", "PM023"]
        #expect(findings.filter { timeCodes.contains($0.code) }.isEmpty, "\(findings.map(\.message))")
    }

    @Test func seedTimelineIsReadInEST() throws {
        let url = FixturePaths.fixture("postmortems/2025-01-10-kustomer-routing.md")
        let incident = try PostmortemDocumentReader().read(try Data(contentsOf: url), file: "seed.md")
        let document = CheckedDocument(
            incident: incident, metrics: IncidentMeasurer().measure(incident), configuration: .standard)
        let entries = document.times.entries
        #expect(entries.count == 6)
        #expect(document.times.timelineZone == "EST")
        let first = try #require(entries.first?.instant)
        #expect(first == Date(timeIntervalSince1970: 1_736_520_480))  // 2025-01-10 14:48 UTC
        let last = try #require(entries.last?.instant)
        #expect(last == Date(timeIntervalSince1970: 1_736_533_680))  // 2025-01-10 18:28 UTC
    }

    @Test func postmortemsInsideStatusPageExportsAreChecked() throws {
        let url = FixturePaths.fixture("statuspage/kustomer-2025-01-10-incident.html")
        let result = PostmortemCheckRun().check(data: try Data(contentsOf: url), file: "incident.html")
        #expect(result.failure == nil)
        let codes = Set(result.findings.map(\.code))
        #expect(codes.isSuperset(of: ["PM002", "PM004", "PM006"]))
        #expect(result.findings.allSatisfy { $0.place.file == "incident.html" && $0.place.line != nil })
    }

    @Test func exportsWithoutPostmortemsAreClean() throws {
        let url = FixturePaths.fixture("statuspage-json/incidents.json")
        let result = PostmortemCheckRun().check(data: try Data(contentsOf: url), file: "incidents.json")
        #expect(result.failure == nil)
        #expect(result.findings.isEmpty)
    }
}
