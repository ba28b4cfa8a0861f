import Foundation
import Pipeline
import TestSupport
import Testing

@testable import Reporting

/// The breakdown table counts an incident still open at the period's end to that end, as
/// availability does, and marks it; it never shows such a group as "0 min".
@Suite struct OpenIncidentBreakdownTests {
    @Test func openIncidentsCountToThePeriodsEndAndAreMarked() throws {
        let report = try ReportBuilder().build(
            paths: [FixturePaths.fixtures.path], period: ReportPeriod.month("2025-01")
        ).report
        let open = Set(
            report.unplanned.filter {
                $0.impactWindow == nil && $0.instant(.resolved) == nil && $0.instant(.publicResolved) == nil
                    && ($0.instant(.impactStart) ?? $0.instant(.firstUpdate)) != nil
            }.map(\.incident.vendor))
        #expect(!open.isEmpty, "the fixtures hold incidents still open at the end of January")
        let markdown = MarkdownReport.render(report)
        let section = try #require(markdown.components(separatedBy: "\n## By vendor\n").last)
        let rows = section.split(separator: "\n").prefix { !$0.hasPrefix("## ") }
        for vendor in open {
            let name = MarkdownReport.vendorName(vendor)
            let row = try #require(rows.first { $0.hasPrefix("| \(name) |") }, "\(name)")
            #expect(row.contains(" † |"), "\(row)")
            #expect(!row.contains("| 0 min"), "\(row)")
        }
        #expect(rows.contains { $0.hasPrefix("† an incident still open") })
    }
}
