import Foundation
import TestSupport
import Testing

@testable import PostmortemCLI

/// `report` run as the executable runs it, with `--month`, `--vendor` and `--format json`.
@Suite struct ReportCommandRunTests {
    /// A fresh empty folder under the temporary directory.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cli-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `report.json` of running `report` over `Fixtures/` with `options`.
    static func reportJSON(_ options: [String]) throws -> [String: Any] {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        var command = try PostmortemCommand.parseAsRoot(
            ["report", FixturePaths.fixtures.path, "--out", out.path, "--format", "json"] + options)
        try command.run()
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.contains("report.json") && !files.contains("report.md"), "\(files)")
        let data = try Data(contentsOf: out.appendingPathComponent("report.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func incidents(_ report: [String: Any]) -> [[String: Any]] {
        report["incidents"] as? [[String: Any]] ?? []
    }

    @Test func monthAndVendorNarrowTheJSONReport() throws {
        let all = try Self.reportJSON([])
        let narrowed = try Self.reportJSON(["--month", "2025-01", "--vendor", "kustomer"])
        let period = try #require(narrowed["period"] as? [String: Any])
        #expect(period["label"] as? String == "2025-01")
        let kept = Self.incidents(narrowed)
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { $0["vendor"] as? String == "Kustomer" })
        for incident in kept {
            let start = incident["windowStart"] as? String ?? ""
            let end = incident["windowEnd"] as? String ?? start
            #expect(start < "2025-02-01" && end >= "2025-01-01", "\(incident["id"] ?? "?") \(start)–\(end)")
        }
        let expected = Self.incidents(all).filter { incident in
            let start = incident["windowStart"] as? String ?? ""
            let end = incident["windowEnd"] as? String ?? start
            return incident["vendor"] as? String == "Kustomer" && start < "2025-02-01" && end >= "2025-01-01"
        }
        #expect(kept.compactMap { $0["id"] as? String } == expected.compactMap { $0["id"] as? String })
        #expect(Self.incidents(all).count > kept.count)
    }
}
