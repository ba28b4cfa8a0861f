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

    /// Each incident's window as the raw JSON states it: `started_at` (else `created_at`) to
    /// `resolved_at` (else the last update), read with Foundation alone.
    static func rawWindows() throws -> [String: (start: Date, end: Date)] {
        guard let folder else { return [:] }
        let parse = ISO8601DateFormatter()
        parse.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var windows: [String: (Date, Date)] = [:]
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
            if let start { windows[id] = (start, max(start, end ?? start)) }
        }
        return windows
    }
}

@Suite struct GitHubYearsReportTests {
    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func eachYearsReportCountsTheIncidentsOverlappingThatYear() throws {
        let (incidents, failures) = GitHubHistory.measured
        #expect(failures == 0)
        #expect(incidents.count == 1282)
        let raw = try GitHubHistory.rawWindows()
        let years = Set(raw.values.map { UTCTime.parts($0.start).year }).sorted()
        #expect(years.first == 2010 && years.last == 2023)
        var mismatches: [String] = []
        for year in years {
            let period = try ReportPeriod.range(from: "\(year)-01-01", to: "\(year + 1)-01-01")
            let report = ReportBuilder().assemble(incidents, period: period)
            let expected = raw.filter { period.overlaps(start: $0.value.start, end: $0.value.end) }
            if report.incidents.count != expected.count {
                let got = Set(report.incidents.map(\.incident.id))
                let want = Set(expected.keys)
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
