import Foundation
import IncidentModel
import Metrics
import Pipeline
import Reporting
import TestSupport
import Testing

@Suite struct AvailabilitySpanTests {
    typealias S = SampleReport

    @Test func oneIncidentIsMeasuredOverItsWholeMonth() throws {
        let span = try #require(
            AvailabilitySpan.wholeMonths(vendor: "Kustomer", windows: [(S.at(10, 14, 48), S.at(10, 18, 28))]))
        #expect(span.start == S.at(1, 0, 0))
        #expect(span.end == S.at(1, 0, 0, month: 2))
        #expect(span.rule == .wholeMonths)
        #expect(span.label == "2025-01")
        #expect(span.data == DateInterval(start: S.at(10, 14, 48), end: S.at(10, 18, 28)))
    }

    @Test func monthsRunFromTheFirstStartsMonthThroughTheLastEndsMonth() throws {
        let span = try #require(
            AvailabilitySpan.wholeMonths(
                vendor: "GitHub",
                windows: [
                    (S.at(3, 9, 0, month: 3), S.at(3, 10, 0, month: 3)),
                    (S.at(31, 22, 0, month: 12, year: 2024), S.at(1, 3, 30)),
                ]))
        #expect(span.start == S.at(1, 0, 0, month: 12, year: 2024))
        #expect(span.end == S.at(1, 0, 0, month: 4))
        #expect(span.label == "2024-12 to 2025-03")
        #expect(span.interval.duration / 60 == Double(31 + 31 + 28 + 31) * 1440)
    }

    @Test func anEndOnAMonthsFirstInstantClosesTheMonthBefore() throws {
        let ending = try #require(
            AvailabilitySpan.wholeMonths(vendor: "V", windows: [(S.at(20, 8, 0), S.at(1, 0, 0, month: 2))]))
        #expect(ending.end == S.at(1, 0, 0, month: 2))
        let instant = try #require(
            AvailabilitySpan.wholeMonths(vendor: "V", windows: [(S.at(1, 0, 0, month: 2), S.at(1, 0, 0, month: 2))]))
        #expect(instant.start == S.at(1, 0, 0, month: 2))
        #expect(instant.end == S.at(1, 0, 0, month: 3))
        let december = try #require(
            AvailabilitySpan.wholeMonths(
                vendor: "V", windows: [(S.at(30, 8, 0, month: 12, year: 2024), S.at(30, 9, 0, month: 12, year: 2024))])
        )
        #expect(december.end == S.at(1, 0, 0))
        #expect(AvailabilitySpan.wholeMonths(vendor: "V", windows: []) == nil)
    }

    /// Kustomer in January 2025, Datadog in January 2021, GitHub from December 2019 to February 2020.
    static var vendors: [MeasuredIncident] {
        [
            S.simple("k1", vendor: "Kustomer", start: S.at(10, 14, 48), end: S.at(10, 18, 28), impact: .minor),
            S.simple("d1", vendor: "Datadog", start: S.at(15, 20, 0, year: 2021), end: S.at(15, 22, 0, year: 2021)),
            S.simple("d2", vendor: "Datadog", start: S.at(21, 12, 0, year: 2021), end: S.at(21, 13, 0, year: 2021)),
            S.simple(
                "g1", vendor: "GitHub", start: S.at(5, 10, 0, month: 12, year: 2019),
                end: S.at(5, 11, 0, month: 12, year: 2019)),
            S.simple(
                "g2", vendor: "GitHub", start: S.at(7, 10, 0, month: 2, year: 2020),
                end: S.at(7, 12, 0, month: 2, year: 2020)),
        ]
    }

    @Test func withoutAPeriodEachVendorIsMeasuredOverItsOwnWholeMonths() throws {
        let report = ReportBuilder().assemble(Self.vendors, period: .all)
        #expect(report.measuresVendorsApart)
        func whole(_ vendor: String) throws -> ComponentAvailability {
            try #require(report.availability.first { $0.vendor == vendor && $0.component == nil })
        }
        // A 220-minute partial outage over January: 66 weighted minutes of 44,640, not 66 of 220.
        #expect(try whole("Kustomer").periodMinutes == 44_640)
        #expect(abs(try whole("Kustomer").availability - (1 - 66.0 / 44_640)) < 1e-9)
        #expect(try whole("Datadog").periodMinutes == 44_640)
        #expect(abs(try whole("Datadog").availability - (1 - 180.0 / 44_640)) < 1e-9)
        #expect(try whole("GitHub").periodMinutes == Double(31 + 31 + 29) * 1440)
        #expect(report.availabilitySpans.map(\.label) == ["2021-01", "2019-12 to 2020-02", "2025-01"])
        #expect(
            report.dataCoverage.contains {
                $0.hasPrefix("Datadog: availability over 2021-01, the whole UTC months its incidents run in")
            })

        let csv = ComponentsCSV.table.render(ComponentsCSV.rows(for: report))
        #expect(csv.contains("Datadog,vendor,,2021-01-01T00:00:00Z,2021-02-01T00:00:00Z,2,180.0,180.0,44640.0,"))
        #expect(csv.contains("GitHub,vendor,,2019-12-01T00:00:00Z,2020-03-01T00:00:00Z,2,180.0,180.0,131040.0,"))
        #expect(
            csv.contains("Kustomer,vendor,,2025-01-01T00:00:00Z,2025-02-01T00:00:00Z,1,220.0,66.0,44640.0,0.998522"))

        let headline = MarkdownReport.render(report)
        #expect(headline.contains("| Any component down | Impact time | Measured over |"))
        #expect(headline.contains("| 99.597 % | 3 h 00 min | 2021-01 |"))
        #expect(headline.contains("each vendor is measured over the whole UTC months its own incidents run in"))
    }

    @Test func withAPeriodEveryVendorKeepsThePeriod() throws {
        let period = try ReportPeriod.range(from: "2019-12-01", to: "2025-02-01")
        let report = ReportBuilder().assemble(Self.vendors, period: period)
        #expect(!report.measuresVendorsApart)
        let minutes = period.end!.timeIntervalSince(period.start!) / 60
        #expect(report.availability.allSatisfy { $0.periodMinutes == minutes })
        #expect(report.availabilitySpans.allSatisfy { $0.rule == .period && $0.start == period.start })
        let csv = ComponentsCSV.table.render(ComponentsCSV.rows(for: report))
        #expect(csv.contains("Kustomer,vendor,,2019-12-01T00:00:00Z,2025-02-01T00:00:00Z,1,220.0,66.0,"))
        let text = MarkdownReport.render(report)
        #expect(!text.contains("Measured over"))
        #expect(
            text.contains(
                "The span is the report's period, 2019-12-01 00:00 UTC to 2025-02-01 00:00 UTC, for every vendor."))
    }

    @Test func theSeedAloneIsMeasuredOverItsMonthNotOverItself() throws {
        let outcome = ReportBuilder().build(
            paths: [FixturePaths.fixture("aggregator/kustomer-2025-01-10.txt").path], period: .all)
        let whole = try #require(outcome.report.availability.first { $0.vendor == "Kustomer" && $0.component == nil })
        #expect(whole.periodMinutes == 44_640)
        #expect(whole.availability > 0.99)
    }
}
