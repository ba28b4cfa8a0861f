import Foundation
import IncidentModel
import Metrics
import Testing

/// Each availability rule on constructed incidents: the span measured, an incident open at the
/// period's end, an unresolved one never at 100 %, maintenance apart, overlapping components.
@Suite struct AvailabilityRuleTests {
    let january = AvailabilityFixture.january

    func row(_ report: AvailabilityReport, _ component: String?) throws -> ComponentAvailability {
        try #require(report.rows.first { $0.component == component })
    }

    @Test func availabilityIsOverThePeriodNotTheSpanOfTheIncidents() throws {
        let report = AvailabilityCalculator().report(
            [AvailabilityFixture.incident("a", "2025-01-10T10:00:00Z", "2025-01-10T11:00:00Z", impact: .major)],
            period: january)
        let api = try row(report, "API")
        #expect(api.periodMinutes == 44_640)
        #expect(abs(api.availability - (1 - 60.0 / 44_640)) < 1e-12)
        #expect(report.coverage.first?.measured == january)
    }

    @Test func anIncidentOpenAtThePeriodsEndCountsToTheEndAndIsMarked() throws {
        let report = AvailabilityCalculator().report(
            [AvailabilityFixture.incident("open", "2025-01-31T22:00:00Z", nil, impact: .major)], period: january)
        let api = try row(report, "API")
        #expect(api.impactMinutes == 120)
        #expect(api.weightedMinutes == 120)
        #expect(api.openIncidents == 1)
        #expect(report.windows.first?.open == true)
        #expect(report.windows.first?.end == january.end)
        let coverage = try #require(report.coverage.first)
        #expect(coverage.openAtEnd == ["open"])
        #expect(coverage.unknownBounds.isEmpty)
        #expect(coverage.statement.contains("1 incident still open at the end, counted to the end (open)"))
    }

    @Test func anUnresolvedIncidentIsNeverAt100Percent() throws {
        // `none` weighs 0 once resolved; still open, it counts at least as a partial outage.
        let open = AvailabilityCalculator().report(
            [AvailabilityFixture.incident("quiet", "2025-01-31T20:00:00Z", nil, impact: .none)], period: january)
        let api = try row(open, "API")
        #expect(abs(api.weightedMinutes - 240 * 0.3) < 1e-9)
        #expect(api.availability < 1)
        let resolved = AvailabilityCalculator().report(
            [AvailabilityFixture.incident("quiet", "2025-01-31T20:00:00Z", "2025-01-31T21:00:00Z", impact: .none)],
            period: january)
        #expect(try row(resolved, "API").availability == 1)
    }

    @Test func maintenanceNeverCounts() throws {
        let items = [
            AvailabilityFixture.incident("a", "2025-01-10T10:00:00Z", "2025-01-10T11:00:00Z", impact: .major),
            AvailabilityFixture.incident(
                "m", "2025-01-12T00:00:00Z", "2025-01-12T06:00:00Z", impact: .maintenance, maintenance: true),
            AvailabilityFixture.incident("m2", "2025-01-20T00:00:00Z", nil, impact: .maintenance, maintenance: true),
        ]
        let report = AvailabilityCalculator().report(items, period: january)
        #expect(try row(report, "API").weightedMinutes == 60)
        #expect(report.windows.map(\.incidentID) == ["a"])
        #expect(report.coverage.first?.maintenanceExcluded == 2)
    }

    @Test func overlappingComponentsEachCountAndTheVendorIsDownWhileAnyIs() throws {
        let items = [
            AvailabilityFixture.incident(
                "a", "2025-01-10T10:00:00Z", "2025-01-10T12:00:00Z", impact: .major, components: ["API"]),
            AvailabilityFixture.incident(
                "b", "2025-01-10T11:00:00Z", "2025-01-10T13:00:00Z", impact: .major, components: ["Web"]),
        ]
        let report = AvailabilityCalculator().report(items, period: january)
        #expect(try row(report, "API").weightedMinutes == 120)
        #expect(try row(report, "Web").weightedMinutes == 120)
        let vendor = try row(report, nil)
        #expect(vendor.impactMinutes == 180)
        #expect(vendor.weightedMinutes == 180)
        #expect(vendor.incidents == 2)
    }

    @Test func aGivenDataSpanShortensTheSpanMeasuredAndSaysSo() throws {
        let covered = DateInterval(
            start: TestTimes.instant("2025-01-16T00:00:00Z"), end: TestTimes.instant("2025-03-01T00:00:00Z"))
        let report = AvailabilityCalculator().report(
            [AvailabilityFixture.incident("a", "2025-01-20T10:00:00Z", "2025-01-20T11:00:00Z", impact: .major)],
            period: january,
            observedSpans: ["Acme": covered])
        let api = try row(report, "API")
        #expect(api.periodMinutes == 16 * 1440)
        #expect(
            report.coverage.first?.statement.contains("so availability is over from 2025-01-16 to 2025-02-01 only")
                == true)
    }
}
