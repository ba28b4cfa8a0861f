import Foundation
import Reporting
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the elements of an XML document, failing on anything that is not well-formed.
final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    static func parse(_ svg: String) -> ElementCollector? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

@Suite struct SVGChartTests {
    let report: Report

    init() throws { report = try SampleReport.january() }

    @Test(arguments: [SVGTimelineChart.fileName, SVGDistributionChart.fileName])
    func chartsAreWellFormedSVGWithNamespaceAndViewBox(_ name: String) throws {
        let svg =
            name == SVGTimelineChart.fileName ? SVGTimelineChart.render(report) : SVGDistributionChart.render(report)
        let parsed = try #require(ElementCollector.parse(svg), "\(name) is not well-formed XML")
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        let viewBox = try #require(root.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        #expect(viewBox.count == 4 && viewBox[2] > 0 && viewBox[3] > 0)
        #expect(parsed.elements.contains { $0.name == "title" })
    }

    @Test func timelineDrawsOneBarPerWindowPlusTheVendorRows() throws {
        let parsed = try #require(ElementCollector.parse(SVGTimelineChart.render(report)))
        let bars = parsed.elements.filter {
            $0.name == "rect" && $0.attributes["fill-opacity"] != nil && $0.attributes["fill-opacity"] != "0.03"
        }
        // each window once on its component row and once on its vendor row
        #expect(bars.count == report.impactWindows.count * 2)
        #expect(parsed.text.contains("Messaging, web"))
        #expect(parsed.text.contains("99.720 %"))
        #expect(parsed.text.contains("Jan 8"))
    }

    @Test func textIsEscaped() throws {
        var tricky = report
        tricky.impactWindows[0].component = "<script>&\"'"
        let svg = SVGTimelineChart.render(tricky)
        #expect(svg.contains("&lt;script&gt;&amp;&quot;&apos;"))
        #expect(ElementCollector.parse(svg) != nil)
    }

    @Test func distributionPlacesValuesOnALogScale() throws {
        let svg = SVGDistributionChart.render(report)
        let parsed = try #require(ElementCollector.parse(svg))
        let dots = parsed.elements.filter { $0.name == "circle" }.compactMap { Double($0.attributes["cx"] ?? "") }
        #expect(dots.count == 3)
        // 45 min, 125 min, 330 min on a 30 min to 6 h log axis from x = 70 to x = 930
        let expected = [45.0, 125, 330].map { 70 + 860 * (log10($0) - log10(30)) / (log10(360) - log10(30)) }
        for (dot, want) in zip(dots, expected) { #expect(abs(dot - want) < 0.1) }
        #expect(parsed.text.contains("median 2 h 05 min"))
        #expect(parsed.text.contains("30 min") && parsed.text.contains("6 h"))
    }

    @Test func emptyReportsStillGiveValidCharts() throws {
        let empty = Report(
            period: try ReportPeriod.month("2025-02"), vendors: [], incidents: [], clocks: [], availability: [],
            impactWindows: [])
        for svg in [SVGTimelineChart.render(empty), SVGDistributionChart.render(empty)] {
            let parsed = try #require(ElementCollector.parse(svg))
            #expect(parsed.text.contains("No "))
        }
    }
}
