import Foundation
import Pipeline
import Reporting
import TestSupport
import Testing

/// The previous period is compared only for vendors the data covers: a vendor whose data starts
/// later has "no data" there, never "no incident".
@Suite struct PreviousPeriodCoverageTests {
    private func january() throws -> Report {
        try ReportBuilder().build(paths: [FixturePaths.fixtures.path], period: ReportPeriod.month("2025-01")).report
    }

    @Test func vendorsWhoseDataStartsLaterAreNotCompared() throws {
        let report = try january()
        let previous = try #require(report.previous)
        // Every unobserved vendor has no incident in December and no known instant before it began.
        let december = try #require(ReportPeriod.month("2024-12").start)
        for vendor in previous.unobserved {
            let earliest = report.incidents.filter { $0.incident.vendor == vendor }
                .compactMap { [$0.windowStart, $0.incident.firstUpdate].compactMap { $0 }.min() }.min()
            #expect(earliest.map { $0 > december } ?? true, "\(vendor)")
            #expect(!previous.availability.contains { $0.vendor == vendor })
        }
        #expect(!previous.unobserved.isEmpty, "the fixtures hold vendors whose data starts in January")
        let markdown = MarkdownReport.render(report)
        #expect(markdown.contains("| no data |"))
        #expect(markdown.contains("not compared: no data before"))
    }

    @Test func vendorsWithIncidentsInThePreviousPeriodAreCompared() throws {
        let report = try january()
        let previous = try #require(report.previous)
        let compared = Set(previous.availability.map(\.vendor))
        #expect(!compared.isEmpty)
        #expect(compared.isDisjoint(with: previous.unobserved))
    }
}
