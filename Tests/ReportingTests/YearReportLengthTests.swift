import Foundation
import Pipeline
import Reporting
import TestSupport
import Testing

/// A year of many vendors stays readable: the 2022 report over `../shared/fixtures`, with the
/// default `--details notable`, is under 320 KB (89 detailed incidents of 243; each warning that
/// names a contradiction in the source details one more), and detailing every incident is what makes it long.
@Suite struct YearReportLengthTests {
    @Test(.enabled(if: FixturePaths.shared != nil, "skipped: needs ../shared/fixtures"))
    func the2022ReportOfTheSharedFixturesIsUnder320KB() throws {
        let shared = try #require(FixturePaths.shared)
        let period = try ReportPeriod.range(from: "2022-01-01", to: "2023-01-01")
        let report = ReportBuilder().build(paths: [shared.path], period: period).report
        #expect(report.options.details == .notable)
        #expect(report.vendors.count >= 4)
        // Measured as a user who typed the relative path reads it: the sources are named by the
        // path given, and a checkout's absolute path is longer in some places than in others.
        let notable = MarkdownReport.render(report).replacingOccurrences(of: shared.path, with: "../shared/fixtures")
        #expect(notable.utf8.count < 320_000, "report.md is \(notable.utf8.count) bytes")
        var everything = report
        everything.options.details = .all
        let all = MarkdownReport.render(everything)
        #expect(all.utf8.count > notable.utf8.count)
        #expect(SVGTimelineChart.charts(report).count == report.vendors.count, "one chart per vendor past the cap")
    }
}
