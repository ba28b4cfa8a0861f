import Foundation
import Utilities

/// The report as one self-contained HTML page (`--format html`): the Markdown report's content with
/// the charts inline as SVG, a print style sheet, and no script.
///
/// The page is made from `MarkdownReport`'s text, so the two never say different things; the Mermaid
/// gantt is left out (a browser would show its source), since the impact-window chart draws the same.
public enum HTMLReport {
    /// The file name the page is written to.
    public static let fileName = "report.html"

    /// The page's text.
    public static func render(_ report: Report) -> String {
        var charts = [SVGDistributionChart.fileName: SVGDistributionChart.render(report)]
        for chart in SVGTimelineChart.charts(report) {
            charts[chart.name] = SVGTimelineChart.render(report, vendors: chart.vendors)
        }
        var converter = MarkdownSubsetHTML { name in charts[name].map { inlineSVG($0, prefix: chartPrefix(name)) } }
        let body = converter.convert(MarkdownReport.render(report))
        let title = XMLText.escape("Incident report: \(report.period.label)")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(styleSheet)
            </style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// The chart's SVG without its XML declaration, ids made unique to the chart, scaled to the page.
    static func inlineSVG(_ svg: String, prefix: String) -> String {
        var lines = svg.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first?.hasPrefix("<?xml") == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
            .replacingOccurrences(of: "id=\"chart-", with: "id=\"\(prefix)-")
            .replacingOccurrences(
                of: "aria-labelledby=\"chart-title chart-desc\"",
                with: "aria-labelledby=\"\(prefix)-title \(prefix)-desc\""
            )
            .trimmingCharacters(in: .newlines)
    }

    /// `impact-windows.svg` → `impact-windows`.
    static func chartPrefix(_ name: String) -> String {
        name.hasSuffix(".svg") ? String(name.dropLast(4)) : name
    }

    /// Screen and print styles: tables wrap their cells, charts scale to the page, nothing overflows.
    static let styleSheet = """
        body { font: 15px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1d1d1f; margin: 0; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 8px; }
        h2 { font-size: 20px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        h4 { font-size: 14px; margin: 14px 0 4px; }
        p, li { overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; table-layout: auto; }
        th, td { border: 1px solid #d0d0d0; padding: 3px 6px; vertical-align: top; overflow-wrap: break-word; }
        td code, td a { overflow-wrap: anywhere; }
        th { background: #f3f3f3; text-align: left; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        code { font: 12px/1.3 ui-monospace, Menlo, Consolas, monospace; background: #f5f5f5; padding: 0 2px;
          overflow-wrap: anywhere; white-space: pre-wrap; }
        figure { margin: 12px 0; }
        svg { display: block; max-width: 100%; height: auto; }
        a { color: #0b57d0; }
        @media print {
          body { font-size: 11px; }
          main { max-width: none; padding: 0; }
          table { font-size: 10px; page-break-inside: auto; }
          tr, figure { page-break-inside: avoid; }
          h2, h3 { page-break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
