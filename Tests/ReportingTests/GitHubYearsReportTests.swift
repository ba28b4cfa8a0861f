import Foundation
import Pipeline
import Reporting
import TestSupport
import Testing

/// The GitHub incident history, loaded and measured once for every test that needs it.
enum GitHubHistory {
    static let folder = FixturePaths.sharedFixture("statuspage-json/github-incidents")

    /// The measured incidents and the inputs that failed.
    static let measured: (incidents: [MeasuredIncident], failures: Int) = {
        guard let folder else { return ([], 0) }
        let builder = ReportBuilder()
        let loaded = builder.loader.load([folder.path])
        return (builder.measure(loaded.incidents), loaded.failures.count)
    }()

    /// One incident of the raw JSON: its id and window.
    struct Raw {
        var id: String
        var start: Date
        var end: Date
    }

    /// Each incident's window as the raw JSON states it: `started_at` (else `created_at`) to
    /// `resolved_at` (else the last update), read with Foundation alone.
    static func rawIncidents() throws -> [Raw] {
        guard let folder else { return [] }
        let parse = ISO8601DateFormatter()
        parse.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var incidents: [Raw] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            guard let incident = object?["incident"] as? [String: Any], let id = incident["id"] as? String else {
                continue
            }
            let updates = (incident["incident_updates"] as? [[String: Any]] ?? []).compactMap {
                ($0["display_at"] as? String).flatMap(parse.date(from:))
            }
            let start =
                (incident["started_at"] as? String).flatMap(parse.date(from:))
                ?? (incident["created_at"] as? String).flatMap(parse.date(from:)) ?? updates.min()
            let end = (incident["resolved_at"] as? String).flatMap(parse.date(from:)) ?? updates.max()
            if let start {
                incidents.append(
                    Raw(
                        id: id, start: start,
                        end: max(start, end ?? start)))
            }
        }
        return incidents.sorted { $0.id < $1.id }
    }
}

@Suite struct GitHubYearsReportTests {
    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func eachYearsReportCountsTheIncidentsOverlappingThatYear() throws {
        let (incidents, failures) = GitHubHistory.measured
        #expect(failures == 0)
        let raw = try GitHubHistory.rawIncidents()
        #expect(raw.count == 1282)
        // One format, one code each: every record is an incident of its own, twins included
        // (2012-01-24 and 2023-08-15 have two records with one title in the same minute).
        #expect(incidents.count == raw.count)
        let years = Set(raw.map { UTCTime.parts($0.start).year }).sorted()
        #expect(years.first == 2010 && years.last == 2023)
        var mismatches: [String] = []
        for year in years {
            let period = try ReportPeriod.range(from: "\(year)-01-01", to: "\(year + 1)-01-01")
            let report = ReportBuilder().assemble(incidents, period: period)
            let expected = raw.filter { period.overlaps(start: $0.start, end: $0.end) }
            if report.incidents.count != expected.count {
                let got = Set(report.incidents.map(\.incident.id))
                let want = Set(expected.map(\.id))
                mismatches.append(
                    "\(year): \(report.incidents.count) reported, \(expected.count) overlap; extra "
                        + "\(got.subtracting(want).sorted().prefix(5)), missing \(want.subtracting(got).sorted().prefix(5))"
                )
            }
            let files = try ReportWriter().files(for: report) + ReportWriter(format: .json).files(for: report)
            #expect(Set(files.map(\.name)).count == 9)
            let markdown = try #require(files.first { $0.name == MarkdownReport.fileName }).text
            #expect(markdown.contains("**\(expected.count) incident"), "\(year): the headline counts the incidents")
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}
