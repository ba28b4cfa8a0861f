import Foundation
import Reporting
import Testing

@Suite struct ReportPeriodTests {
    @Test func aMonthRunsFromItsFirstInstantToTheNextMonth() throws {
        let january = try ReportPeriod.month("2025-01")
        #expect(january.start.map(UTCTime.iso) == "2025-01-01T00:00:00Z")
        #expect(january.end.map(UTCTime.iso) == "2025-02-01T00:00:00Z")
        let december = try ReportPeriod.month("2024-12")
        #expect(december.end.map(UTCTime.iso) == "2025-01-01T00:00:00Z")
        #expect(january.label == "2025-01")
    }

    @Test(arguments: ["2025-1", "2025-13", "25-01", "2025/01", "", "2025-01-01"])
    func malformedMonthsAreRefusedWithTheExpectedForm(_ text: String) {
        #expect {
            try ReportPeriod.month(text)
        } throws: { error in
            String(describing: error).contains("expected a month written YYYY-MM")
        }
    }

    @Test func rangesTakeDatesOrInstants() throws {
        let range = try ReportPeriod.range(from: "2024-12-01", to: "2025-02-01T12:30Z")
        #expect(range.start.map(UTCTime.iso) == "2024-12-01T00:00:00Z")
        #expect(range.end.map(UTCTime.iso) == "2025-02-01T12:30:00Z")
        #expect(range.label == "2024-12-01 to 2025-02-01T12:30Z")
        #expect(try ReportPeriod.range(from: nil, to: nil) == .all)
        #expect(throws: ReportPeriod.ParseError.self) { try ReportPeriod.range(from: "2025-02-30", to: nil) }
        #expect(throws: ReportPeriod.ParseError.self) { try ReportPeriod.range(from: "2025-02-01", to: "2025-01-01") }
    }

    @Test func overlapCountsWindowsThatTouchTheInsideOnly() throws {
        let january = try ReportPeriod.month("2025-01")
        let at = SampleReport.at
        #expect(january.overlaps(start: at(31, 22, 0, 12, 2024), end: at(1, 0, 1, 1, 2025)))
        #expect(!january.overlaps(start: at(31, 22, 0, 12, 2024), end: at(1, 0, 0, 1, 2025)))
        #expect(!january.overlaps(start: at(1, 0, 0, 2, 2025), end: at(1, 1, 0, 2, 2025)))
        #expect(january.overlaps(start: at(1, 0, 0, 1, 2025), end: at(1, 0, 0, 1, 2025)))
        #expect(!january.overlaps(start: at(1, 0, 0, 2, 2025), end: at(1, 0, 0, 2, 2025)))
        #expect(ReportPeriod.all.overlaps(start: at(1, 0, 0, 1, 1999), end: at(1, 0, 0, 1, 1999)))
        let clipped = try #require(january.clip(start: at(31, 22, 0, 12, 2024), end: at(1, 3, 30, 1, 2025)))
        #expect(UTCTime.iso(clipped.start) == "2025-01-01T00:00:00Z")
        #expect(UTCTime.iso(clipped.end) == "2025-01-01T03:30:00Z")
    }
}

@Suite struct ReportSelectionTests {
    @Test func selectionKeepsIncidentsOverlappingThePeriodOfTheVendorsAsked() throws {
        let all = SampleReport.incidents
        let january = try ReportPeriod.month("2025-01")
        #expect(Report.select(all, period: january, vendors: []).count == 3)
        #expect(
            Report.select(all, period: january, vendors: ["github"]).map(\.incident.id).sorted() == ["gh-a", "gh-b"])
        let december = try ReportPeriod.month("2024-12")
        #expect(Report.select(all, period: december, vendors: []).map(\.incident.id) == ["gh-b"])
        #expect(Report.select(all, period: try ReportPeriod.month("2025-02"), vendors: []).isEmpty)
    }
}
