import Foundation
import IncidentModel
import Metrics
import Testing

@Suite struct AvailabilityTests {
    let january = AvailabilityFixture.january

    var measured: [(incident: Incident, metrics: IncidentMetrics)] {
        [
            AvailabilityFixture.incident(
                "a", "2025-01-10T10:00:00Z", "2025-01-10T12:00:00Z", impact: .major, components: ["API"]),
            AvailabilityFixture.incident(
                "b", "2025-01-10T11:00:00Z", "2025-01-10T13:00:00Z", impact: .minor, components: ["API"]),
            AvailabilityFixture.incident(
                "c", "2024-12-31T23:00:00Z", "2025-01-01T00:30:00Z", impact: .critical, components: ["Web"]),
            AvailabilityFixture.incident(
                "m", "2025-01-12T00:00:00Z", "2025-01-12T06:00:00Z", impact: .maintenance, components: ["API"]),
            AvailabilityFixture.incident(
                "feb", "2025-02-03T08:00:00Z", "2025-02-03T09:00:00Z", impact: .major, components: ["API"]),
        ]
    }

    @Test func overlappingWindowsCountOnceAtTheLargestWeight() throws {
        let report = AvailabilityCalculator().report(measured, period: january)
        let api = try #require(report.rows.first { $0.component == "API" })
        // a ∪ b = 10:00–13:00 = 180 min; 10–12 at 1.0 (120) + 12–13 at 0.3 (18) = 138 weighted.
        #expect(api.impactMinutes == 180)
        #expect(abs(api.weightedMinutes - 138) < 1e-9)
        #expect(api.periodMinutes == 44_640)
        #expect(abs(api.availability - (1 - 138.0 / 44_640)) < 1e-12)
        #expect(api.incidents == 2)
        let web = try #require(report.rows.first { $0.component == "Web" })
        #expect(web.impactMinutes == 30)  // clipped at the period's start
        let vendor = try #require(report.rows.first { $0.component == nil })
        #expect(vendor.impactMinutes == 210)
        #expect(abs(vendor.weightedMinutes - 168) < 1e-9)
        #expect(report.rows.map { $0.component ?? "-" } == ["-", "API", "Web"])
    }

    @Test func coverageNamesWhatWasLeftOut() throws {
        let coverage = try #require(AvailabilityCalculator().report(measured, period: january).coverage.first)
        #expect(coverage.maintenanceExcluded == 1)
        #expect(coverage.unknownBounds.isEmpty)
        #expect(coverage.incidentsInPeriod == 3)
        #expect(coverage.reachesPeriodStart)
        let late = DateInterval(start: TestTimes.instant("2025-01-05T00:00:00Z"), duration: 86_400 * 30)
        let observed = AvailabilityCalculator().report(measured, period: january, observedSpans: ["Acme": late])
        let given = try #require(observed.coverage.first)
        #expect(!given.reachesPeriodStart)
        #expect(given.measured == DateInterval(start: late.start, end: january.end))
        #expect(given.statement.contains("availability is over from 2025-01-05 to 2025-02-01 only"))
    }

    @Test func weightsAreConfigurable() throws {
        let custom = ImpactWeights(fullOutage: 1, partialOutage: 0.5)
        let api = try #require(
            AvailabilityCalculator(weights: custom).report(measured, period: january).rows.first {
                $0.component == "API"
            })
        #expect(abs(api.weightedMinutes - 150) < 1e-9)
        #expect(ImpactWeights().weight(for: .none) == 0)
        #expect(ImpactWeights().weight(for: .maintenance) == nil)
        #expect(ImpactWeights().weight(forComponentStatus: "partial_outage") == 0.3)
    }

    /// The union never exceeds the period, and is what scanning every window per span gives.
    @Test func unionNeverExceedsThePeriod() {
        var generator = SplitMix64(seed: 7)
        let period = DateInterval(start: TestTimes.instant("2025-01-01T00:00:00Z"), duration: 86_400)
        for _ in 0..<300 {
            let windows = (0..<(1 + generator.nextIndex(below: 12))).map { _ in
                let start = period.start.addingTimeInterval(Double(generator.nextIndex(below: 200_000)) - 50_000)
                let end = start.addingTimeInterval(Double(generator.nextIndex(below: 60_000)))
                return (start: start, end: end, weight: Double(generator.nextIndex(below: 11)) / 10)
            }
            let union = WeightedUnion(windows, period: period)
            #expect(union.impactSeconds >= 0 && union.impactSeconds <= period.duration)
            #expect(union.weightedSeconds <= union.impactSeconds + 1e-6)
            let longest =
                windows.map { min($0.end, period.end).timeIntervalSince(max($0.start, period.start)) }.max() ?? 0
            #expect(union.impactSeconds + 1e-6 >= longest)
            #expect(scan(windows, period) == (union.impactSeconds, union.weightedSeconds))
        }
    }

    /// What scanning every window for each span between bounds gives: the sweep must give it to the bit.
    private func scan(_ windows: [(start: Date, end: Date, weight: Double)], _ period: DateInterval) -> (Double, Double)
    {
        let clipped = windows.compactMap { window -> (Date, Date, Double)? in
            let start = max(window.start, period.start)
            let end = min(window.end, period.end)
            return start < end ? (start, end, window.weight) : nil
        }
        let bounds = Set(clipped.flatMap { [$0.0, $0.1] }).sorted()
        var impact = 0.0
        var weighted = 0.0
        for (from, to) in zip(bounds, bounds.dropFirst()) {
            guard let weight = clipped.filter({ $0.0 <= from && $0.1 >= to }).map(\.2).max() else { continue }
            impact += to.timeIntervalSince(from)
            weighted += to.timeIntervalSince(from) * weight
        }
        return (impact, weighted)
    }
}
