import Foundation
import Pipeline
import Reporting
import SwiftCSV
import TestSupport
import Testing

/// The reports in `Reports/` are regenerated from `Fixtures/` and must match byte for byte;
/// `POSTMORTEM_RECORD=1 swift test --filter ReportGoldenTests` re-records them.
@Suite(.serialized) struct ReportGoldenTests {
    /// A committed report: its folder under `Reports/` and the command line that makes it.
    struct Golden: Sendable, CustomStringConvertible {
        var folder: String
        var period: @Sendable () throws -> ReportPeriod
        var description: String { folder }
    }

    static let goldens = [
        Golden(folder: "2025-01") { try ReportPeriod.month("2025-01") },
        Golden(folder: "2024-12-01_2025-02-01") { try ReportPeriod.range(from: "2024-12-01", to: "2025-02-01") },
    ]

    /// The report of `Fixtures` as the README's command builds it: paths relative to the package root.
    static func files(_ golden: Golden) throws -> [ReportFile] {
        let root = FixturePaths.packageRoot.path
        if FileManager.default.currentDirectoryPath != root {
            _ = FileManager.default.changeCurrentDirectoryPath(root)
        }
        let report = ReportBuilder().build(paths: ["Fixtures"], period: try golden.period()).report
        return try ReportWriter().files(for: report) + [ReportWriter(format: .json).files(for: report).last!]
            + [ReportWriter(format: .html).files(for: report).last!]
    }

    @Test(arguments: goldens)
    func committedReportsAreUpToDate(_ golden: Golden) throws {
        let folder = FixturePaths.reports.appendingPathComponent(golden.folder)
        let files = try Self.files(golden)
        for file in files {
            let target = folder.appendingPathComponent(file.name)
            if let difference = try TestSupport.Golden.compare(file.text, with: target) {
                Issue.record("Reports/\(golden.folder) is stale: \(difference)")
            }
        }
        let committed = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        #expect(committed == Set(files.map(\.name)), "Reports/\(golden.folder) holds exactly the files a run writes")
    }

    @Test func theMainCommandsMonthSpansSeveralVendorsAndFormats() throws {
        let files = try Self.files(Self.goldens[0])
        let incidents = try #require(files.first { $0.name == "incidents.csv" }).text
        let rows = incidents.split(separator: "\r\n").dropFirst()
        let vendors = Set(rows.map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] })
        let formats = Set(rows.map { $0.split(separator: ",", omittingEmptySubsequences: false)[2] })
        #expect(vendors.count >= 5)
        #expect(formats.count >= 5)
        #expect(incidents.contains("tz8q4m1c7k2v,Kustomer,"))
    }

    @Test func everyCSVOfTheFixturesReportReadsBackRowByRow() throws {
        let root = FixturePaths.packageRoot.path
        if FileManager.default.currentDirectoryPath != root {
            _ = FileManager.default.changeCurrentDirectoryPath(root)
        }
        let report = ReportBuilder().build(paths: ["Fixtures"], period: try ReportPeriod.month("2025-01")).report
        for file in CSVTables.files(for: report) {
            let csv = try CSV<Enumerated>(string: file.text, delimiter: .comma)
            #expect(!csv.rows.isEmpty, "\(file.name) has rows")
            for row in csv.rows { #expect(row.count == csv.header.count, "\(file.name): \(row)") }
            if file.name == IncidentsCSV.table.fileName {
                #expect(csv.rows.count == report.incidents.count)
                for (row, item) in zip(csv.rows, report.incidents) {
                    let named = Dictionary(uniqueKeysWithValues: zip(csv.header, row))
                    #expect(named["incident_id"] == item.incident.id)
                    #expect(named["title"] == item.incident.title)
                    #expect(named["impact_start"] == item.instant(.impactStart).map(UTCTime.iso) ?? "")
                    #expect(named["ttr_min"] == Minutes.decimal(item.metrics.clocks[.ttr]))
                    #expect(named["updates"] == String(item.metrics.updateCount))
                }
            }
            if file.name == UpdatesCSV.table.fileName {
                #expect(csv.rows.count == report.incidents.map(\.incident.updates.count).reduce(0, +))
                let bodies = report.incidents.flatMap { $0.incident.updates.map(\.body) }
                #expect(csv.rows.map { $0[csv.header.firstIndex(of: "body") ?? 0] } == bodies)
            }
        }
    }
}
