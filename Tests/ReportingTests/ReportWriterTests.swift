import Foundation
import Reporting
import Testing

@Suite struct ReportWriterTests {
    func contents(of folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try Dictionary(
            uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    @Test func writesTheSameBytesEveryRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ReportWriter().write(try SampleReport.january(), to: folder.appendingPathComponent("a"))
        _ = try ReportWriter().write(try SampleReport.january(), to: folder.appendingPathComponent("b"))
        #expect(
            written.map(\.lastPathComponent) == [
                "incidents.csv", "updates.csv", "timeline.csv", "components.csv", "diagnostics.csv",
                "impact-windows.svg",
                "ttr-distribution.svg", "report.md",
            ])
        let first = try contents(of: folder.appendingPathComponent("a"))
        let second = try contents(of: folder.appendingPathComponent("b"))
        #expect(first == second)
        #expect(first.count == 9, "the eight files and the report marker")
        #expect(first.keys.contains(ReportFolderWriter.markerName))
    }

    @Test func jsonFormatWritesReportJSONBesideTheCSVFiles() throws {
        let files = try ReportWriter(format: .json).files(for: try SampleReport.january()).map(\.name)
        #expect(files.last == "report.json")
        #expect(!files.contains("report.md"))
        #expect(files.filter { $0.hasSuffix(".csv") }.count == 5)
    }

    @Test func rewritingReplacesFilesInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ReportWriter().write(try SampleReport.january(generated: SampleReport.at(1, 0, 0)), to: folder)
        _ = try ReportWriter().write(try SampleReport.january(), to: folder)
        let text = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(!text.contains("Generated"))
        let hidden = try contents(of: folder).keys.filter { $0.hasPrefix(".") }
        #expect(hidden == [ReportFolderWriter.markerName], "no temporary file is left beside the report")
    }
}
