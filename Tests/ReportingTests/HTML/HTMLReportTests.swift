import Foundation
import TestSupport
import Testing

@testable import Reporting

/// The HTML report is one self-contained, printable page, and nothing in it or in the charts
/// overflows its box when Chromium renders it.
@Suite struct HTMLReportTests {
    static let folders = ["2025-01", "2024-12-01_2025-02-01"]

    @Test func thePageIsSelfContainedWithTheChartsInlineAndNoScript() throws {
        let html = HTMLReport.render(try SampleReport.january())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(!html.contains("```"))
        #expect(html.contains("id=\"impact-windows-title\""))
        #expect(html.contains("id=\"ttr-distribution-title\""))
        #expect(html.contains("@media print"))
        #expect(html.contains("<h2>Summary</h2>"))
        #expect(html.contains("<td class=\"num\">"))
    }

    @Test func markdownEscapesAndCodeSpansBecomeText() {
        #expect(
            MarkdownSubsetHTML.inline("a \\| b \\#2 &amp; `x|y` **bold** [t](#a)")
                == "a | b #2 &amp; <code>x|y</code> <strong>bold</strong> <a href=\"#a\">t</a>")
        #expect(MarkdownSubsetHTML.inline("<b> & 'q'") == "&lt;b&gt; &amp; &apos;q&apos;")
    }

    @Test(
        .enabled(
            if: HeadlessChromium.path != nil,
            "skipped: headless Chromium is not installed (Debian: apt-get install chromium)"))
    func nothingOverflowsInTheCommittedReportsOrTheirCharts() throws {
        for folder in Self.folders {
            let directory = FixturePaths.reports.appendingPathComponent(folder)
            let html = try String(contentsOf: directory.appendingPathComponent(HTMLReport.fileName), encoding: .utf8)
            let problems = try HeadlessChromium.overflows(in: html, width: 800)
            #expect(problems.isEmpty, "Reports/\(folder)/report.html at 800 px: \(problems)")
            var charts = "<!DOCTYPE html><html><body><main>"
            for name in [SVGTimelineChart.fileName, SVGDistributionChart.fileName] {
                var svg = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                if svg.hasPrefix("<?xml"), let end = svg.firstIndex(of: "\n") { svg = String(svg[end...]) }
                charts += svg
            }
            charts += "</main></body></html>"
            let chartProblems = try HeadlessChromium.overflows(in: charts, width: 1000)
            #expect(chartProblems.isEmpty, "Reports/\(folder) charts: \(chartProblems)")
        }
    }

    @Test(.enabled(if: HeadlessChromium.path != nil, "skipped: headless Chromium is not installed"))
    func theCheckSeesTextWiderThanItsBoxAndChartTextOutsideTheChart() throws {
        let page = """
            <!DOCTYPE html><html><body><main style="width: 300px">
            <p style="white-space: nowrap">\(String(repeating: "wide ", count: 80))</p>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="100" height="40">
            <text x="60" y="20" font-size="12">cut off at the right edge</text></svg>
            </main></body></html>
            """
        let problems = try HeadlessChromium.overflows(in: page, width: 800)
        #expect(problems.contains { $0.hasPrefix("overflows its box: p") })
        #expect(problems.contains { $0.hasPrefix("chart text cut: cut off") })
    }
}
