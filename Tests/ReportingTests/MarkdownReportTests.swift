import Foundation
import IncidentModel
import Testing

@testable import Reporting

@Suite struct MarkdownReportTests {
    let report: Report
    let text: String

    init() throws {
        report = try SampleReport.january()
        text = MarkdownReport.render(report)
    }

    func section(_ heading: String) -> String {
        guard let start = text.range(of: "\n## \(heading)\n") else { return "" }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func summaryCountsIncidentsByImpactAndAvailabilityIsPerComponentAndVendor() {
        let summary = section("Summary")
        #expect(summary.contains("**3 incidents** (1 critical, 1 major, 1 minor)."))
        #expect(summary.contains("Half of them were resolved within 2 h 05 min (median time to resolve, n = 3)."))
        let availability = section("Availability")
        #expect(availability.contains("| Vendor | Lowest component | Its availability | Components averaged |"))
        #expect(availability.contains("| 99.499 % | 4 h 15 min |"))
        #expect(availability.contains("| 99.720 % | 2 h 05 min |"))
        #expect(
            availability.contains(
                "What each figure rests on:\n\n- GitHub: the incidents in the data run from 2024-12-31 to 2025-01-20"))
        #expect(section("By vendor").contains("| GitHub | 2 | 0 | 1 | 1 | 0 |"))
    }

    @Test func clocksShowNMedianP90AndIntervalButNeverAMean() {
        let clocks = section("Clocks")
        #expect(clocks.contains("| Clock | Definition | n | Median | p90 | 95% CI of the median |"))
        #expect(
            clocks.contains(
                "| TTR | time to resolve: resolved (service restored) − impact start | 3 | 2 h 05 min | 4 h 49 min | 45 min to 5 h 30 min |"
            ))
        #expect(
            clocks.contains(
                "- **TTFU**: with 3 incidents, only a change of more than about 420 % in the median would stand out "
                    + "from chance."))
        #expect(clocks.contains("Hyndman & Fan type 7"))
        #expect(!text.lowercased().contains("| mean"))
        #expect(!text.contains("MTTR"))
    }

    @Test func everyIncidentLinkLandsOnAnAnchorThatExistsOnce() throws {
        let links = text.matches(of: /\]\(#([a-z0-9-]+)\)/).map { String($0.output.1) }
        #expect(links.count >= report.incidents.count)
        for link in Set(links) {
            #expect(text.components(separatedBy: "<a id=\"\(link)\"></a>").count == 2, "anchor \(link)")
        }
        #expect(report.anchors == ["incident-github-gh-b", "incident-kustomer-kus-2025-01-10", "incident-github-gh-a"])
    }

    @Test func incidentsTableEscapesMarkupInTitles() {
        let table = section("Incidents")
        #expect(
            table.contains(
                "[Search & messaging outage: \"conversations\" didn't load, \\#2 \\| retry](#incident-kustomer-kus-2025-01-10)"
            ))
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| #") }
        for row in rows {
            let cells = row.replacingOccurrences(of: "\\|", with: "").split(
                separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 11, "a pipe in a title must not split a cell: \(row)")
        }
    }

    @Test func incidentSectionShowsTimelineBesideTheTextAsWrittenAndItsFindings() {
        let details = section("Incident details")
        #expect(
            details.contains(
                "| 2025-01-10 14:37 UTC | `09:37 EST` | `EST` → UTC-05:00 (literal) | postmortem, line 14, under “Timeline (all times Eastern)” |"
            ))
        #expect(details.contains("| 2025-01-10 16:42 UTC to 2025-01-10 17:05 UTC | `11:42` |"))
        #expect(
            details.contains(
                "- **warning** `zone.season-mismatch` (chronology) at `Fixtures/kustomer/kustomer-2025-01.md:14`"))
        #expect(details.contains("Readings: EST as −05:00: 14:37 UTC; EDT as −04:00: 13:37 UTC."))
        #expect(details.contains("1 of 1 promises of a next update were broken; the broken ones:"))
        #expect(details.contains("| about 90 minutes | 1 h 30 min | TTR | 2 h 05 min | **no** |"))
        #expect(details.contains("Clocks: TTD — · TTFU "))
        #expect(details.contains(" · TTR 2 h 05 min · "))
    }

    @Test func aPhraseStatedInTwoUpdatesIsOneRowWithItsCount() {
        var item = SampleReport.kustomer
        var again = item.metrics.statedDurations[0]
        again.place = SourcePlace(file: again.place.file, line: 20)
        item.metrics.statedDurations.append(again)
        let lines = IncidentSection.render(item, anchor: "x").joined(separator: "\n")
        #expect(lines.contains("| about 90 minutes (×2) | 1 h 30 min | TTR | 2 h 05 min | **no** |"))
        #expect(!lines.contains("| about 90 minutes | 1 h 30 min |"))
        var other = again
        other.text = "about two hours"
        other.statedMinutes = 120
        item.metrics.statedDurations.append(other)
        let both = IncidentSection.render(item, anchor: "x").joined(separator: "\n")
        #expect(both.contains("| about two hours | 2 h 00 min | TTR |"), "a different phrase keeps its own row")
    }

    @Test func coverageCountsPostmortemsAndTheirLag() {
        let coverage = section("Summary")
        #expect(coverage.contains("### Postmortem coverage and lag"))
        #expect(coverage.contains("2 of 3 incidents (67 %) have a postmortem."))
        #expect(coverage.contains("| critical | 1 | 1 |"))
        #expect(coverage.contains("| minor | 1 | 0 |"))
        #expect(
            coverage.contains(
                "Postmortems came 2 d 20 h after the end of impact (median of 2, range 2 d 9 h to 3 d 7 h)."))
    }

    @Test func chartsAreLinkedAndTheGanttIsFenced() {
        #expect(text.contains("![Impact windows per component](impact-windows.svg)"))
        #expect(text.contains("![Distribution of time to resolve, log scale](ttr-distribution.svg)"))
        #expect(text.contains("```mermaid\ngantt\n"))
        #expect(text.contains("## Inputs that could not be read\n\n- Fixtures/broken.json: line 3: expected a value"))
    }

    @Test func generationTimeAppearsOnlyWhenStamped() throws {
        #expect(!text.contains("Generated"))
        let stamped = MarkdownReport.render(try SampleReport.january(generated: SampleReport.at(31, 23, 59)))
        #expect(stamped.contains("Generated 2025-01-31T23:59:00Z."))
    }
}
