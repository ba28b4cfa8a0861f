import Completeness
import Foundation
import IncidentModel
import Metrics
import Pipeline
import TestSupport
import Testing

/// `check` and `report` read a document one way: every milestone (impact start, detection,
/// resolution) `report` measures is one `check` finds, and every one it lacks `check` says is missing.
@Suite struct CheckReportAgreementTests {
    /// The milestones PM016 names, with the lifecycle events that are each (as the rule reads them).
    static let milestones: [(name: String, events: [LifecycleEvent.Kind])] = [
        ("impact start", [.impactStart]), ("detection", [.detected]), ("resolution", [.resolved, .mitigated]),
    ]

    /// The milestones `report` lacks for the postmortems in `file`: read, reconciled and measured as
    /// `report` does.
    static func reportMissing(_ file: String) -> Set<String> {
        let builder = ReportBuilder()
        let measured = builder.measure(builder.loader.load([file]).incidents)
        var missing = Set<String>()
        for item in measured
        where item.incident.postmortem.map({ !$0.sections.isEmpty || !$0.preamble.isEmpty }) ?? false {
            for milestone in milestones where !milestone.events.contains(where: { item.metrics.events[$0] != nil }) {
                missing.insert(milestone.name)
            }
        }
        return missing
    }

    /// The milestones `postmortem check` says are missing in `file`, and whether it found a timeline.
    static func checkMissing(_ file: String) throws -> (missing: Set<String>, hasTimeline: Bool) {
        let findings = try PostmortemCheckRun().check([file]).findings
        let messages = findings.filter { $0.code == "PM016" }.map(\.message)
        let missing = Set(
            milestones.map(\.name).filter { name in messages.contains { $0.contains("no \(name) entry") } })
        return (missing, !findings.contains { $0.code == "PM003" })
    }

    static func expectAgreement(_ files: [String]) throws {
        #expect(!files.isEmpty)
        for file in files {
            let report = reportMissing(file)
            let check = try checkMissing(file)
            #expect(check.missing.isSubset(of: report), "\(file): check misses \(check.missing), report \(report)")
            if check.hasTimeline {
                #expect(check.missing == report, "\(file): check misses \(check.missing), report \(report)")
            }
        }
    }

    /// The files of `folder` (not its documentation), sorted.
    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { !["README.md", "PROVENANCE.md", "LABELS.json"].contains($0) }
            .map { folder.appendingPathComponent($0).path }
    }

    @Test func fixturePostmortemsAgree() throws {
        let exports = ["aggregator/kustomer-2025-01-10.txt", "statuspage/kustomer-2025-01-10-incident.html"]
        try Self.expectAgreement(
            try Self.files(in: FixturePaths.fixture("postmortems")) + exports.map { FixturePaths.fixture($0).path })
    }

    @Test func theSeedAgrees() throws {
        guard let shared = FixturePaths.shared else {
            print(FixturePaths.sharedSkipReason ?? "")
            return
        }
        let seed = shared.deletingLastPathComponent().appendingPathComponent("seed")
        let files = try Self.files(in: seed)
        try Self.expectAgreement(files)
        for file in files { #expect(Self.reportMissing(file).isEmpty, "\(file): the report measures every milestone") }
    }

    @Test func realPostmortemsAgree() throws {
        guard let folder = FixturePaths.sharedFixture("postmortems-real") else {
            print(FixturePaths.sharedSkipReason ?? "")
            return
        }
        let files = try Self.files(in: folder).filter { $0.hasSuffix(".md") }
        #expect(files.count == 31)
        try Self.expectAgreement(files)
    }
}
