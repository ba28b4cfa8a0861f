import Foundation
import Pipeline
import Reporting
import TestSupport
import Testing

@Suite struct VendorFilterTests {
    let seed = FixturePaths.fixture("aggregator/kustomer-2025-01-10.txt").path

    @Test func aVendorThatWasNotReadIsNamedWithTheVendorsRead() throws {
        let outcome = ReportBuilder().build(paths: [seed], period: .all, vendors: ["Githb", "KUSTOMER", "Githb"])
        #expect(outcome.vendorsRead == ["Kustomer"])
        #expect(outcome.vendorsNotFound == ["Githb"])
        #expect(outcome.vendorWarnings == ["no incident of vendor \"Githb\"; vendors read: Kustomer"])
        #expect(outcome.report.incidents.count == 1)
    }

    @Test func aFilterThatMatchesNothingStillGivesAnEmptyReport() throws {
        let outcome = ReportBuilder().build(paths: [seed], period: .all, vendors: ["Githb"])
        #expect(outcome.report.incidents.isEmpty)
        #expect(outcome.vendorWarnings.count == 1)
        let files = try ReportWriter().files(for: outcome.report)
        let markdown = try #require(files.first { $0.name == MarkdownReport.fileName }).text
        #expect(markdown.contains("No incident overlaps the period."))
    }

    @Test func aVendorReadButOutsideThePeriodIsNoWarning() throws {
        let outcome = ReportBuilder().build(paths: [seed], period: try .month("2024-06"), vendors: ["kustomer"])
        #expect(outcome.report.incidents.isEmpty)
        #expect(outcome.vendorWarnings.isEmpty)
    }
}
