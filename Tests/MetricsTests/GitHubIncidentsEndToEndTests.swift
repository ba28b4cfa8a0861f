import Foundation
import IncidentModel
import Metrics
import TestSupport
import Testing

/// Measures every GitHub incident of `statuspage-json/github-incidents/` (read at run time).
///
/// The JSON is decoded minimally here, not with the Ingest reader (built in parallel), since its
/// instants are exact. The expected numbers were computed independently in Python 3 with numpy:
/// for each incident, the updates other than `postmortem`, ordered by `display_at`; with two or
/// more, and the first update of the final run of `resolved` ones not the first update,
/// `public_duration` = that update − the first, in whole seconds (half up) then minutes;
/// `numpy.percentile` of those values. (No GitHub incident here has more than one resolved update
/// at its end, so the run rule changes nothing; the whole seconds move the quantiles by < 0.01.)
@Suite struct GitHubIncidentsEndToEndTests {
    struct File: Decodable {
        struct Body: Decodable {
            struct Component: Decodable { var name: String }
            struct Update: Decodable {
                var status: String
                var body: String
                var display_at: String?
            }
            var id: String
            var name: String
            var impact: String
            var started_at: String?
            var components: [Component]?
            var incident_updates: [Update]
        }
        var incident: Body
    }

    static func instant(_ text: String?) -> Date? {
        text.flatMap { try? Date($0, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) }
    }

    static func incidents() throws -> [Incident] {
        let folder = try #require(FixturePaths.sharedFixture("statuspage-json/github-incidents"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        return try names.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            let body = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).incident
            let updates = body.incident_updates.enumerated().map { index, update in
                StatusUpdate(
                    status: Status(label: update.status) ?? .investigating, label: update.status, body: update.body,
                    written: WrittenTime(
                        text: update.display_at ?? "",
                        place: SourcePlace(file: name, element: "incident_updates[\(index)]"),
                        exact: instant(update.display_at), exactField: "display_at"))
            }
            let started = body.started_at.map {
                WrittenTime(text: $0, place: SourcePlace(file: name, element: "started_at"), exact: instant($0))
            }
            return Incident(
                id: body.id, vendor: "GitHub", sourceFormat: .statuspageJSON, place: SourcePlace(file: name),
                title: body.name, impact: Impact(rawValue: body.impact) ?? .unknown,
                components: body.components?.map(\.name) ?? [], updates: updates, declaredStart: started)
        }
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func publicDurationOfEveryGitHubIncident() throws {
        let incidents = try Self.incidents()
        #expect(incidents.count == 1282)
        let measurer = IncidentMeasurer()
        let measured = incidents.map { ($0, measurer.measure($0)) }
        let summary = ClockSummarizer(resamples: 500).summarize(
            .publicDuration, values: measured.compactMap { $0.1.clocks[.publicDuration] })
        #expect(summary.n == 443)
        #expect(abs((summary.median ?? 0) - 64.16666666666667) < 1e-3)
        #expect(abs((summary.p75 ?? 0) - 141.01666666666665) < 1e-3)
        #expect(abs((summary.p90 ?? 0) - 244.81000000000017) < 1e-3)
        #expect(abs((summary.p95 ?? 0) - 335.7116666666666) < 1e-3)
        #expect(abs((summary.max ?? 0) - 1567.6166666666666) < 1e-3)
        let low = try #require(summary.medianCILow)
        let high = try #require(summary.medianCIHigh)
        #expect(low <= 64.2 && 64.1 <= high)

        let january = DateInterval(
            start: TestTimes.instant("2023-01-01T00:00:00Z"), end: TestTimes.instant("2023-02-01T00:00:00Z"))
        let report = AvailabilityCalculator().report(measured.map { (incident: $0.0, metrics: $0.1) }, period: january)
        #expect(report.rows.first?.component == nil)
        #expect(report.rows.allSatisfy { $0.impactMinutes <= $0.periodMinutes && (0...1).contains($0.availability) })
        #expect(report.rows.contains { $0.component == "Actions" && $0.incidents > 0 })
    }
}
