import Foundation
import TestSupport
import Testing

/// Every command sniffs a file's format from its content: the same bytes under five names give the
/// same `incidents`, `timeline`, `report` and `check` output (the path itself aside).
@Suite struct SameBytesAnyNameTests {
    /// An RSS feed, a Markdown postmortem, a Statuspage incident page and a JSON export.
    static let documents = [
        "statuspage/kustomer-history.rss", "postmortems/2025-01-10-kustomer-routing.md",
        "statuspage/kustomer-2025-01-10-incident.html", "statuspage-json/incidents.json",
    ]

    /// The names each document is copied under (one folder each, so every copy is `doc`).
    static let names = ["doc.md", "doc.xml", "doc.html", "doc.txt", "doc"]

    /// What the four commands print for `path` (and what `report` writes), the path and the output
    /// folder replaced by placeholders.
    static func outputs(_ path: String, scratch: URL) throws -> [String] {
        let out = scratch.appendingPathComponent("report-\(UUID().uuidString)").path
        var texts: [String] = []
        for arguments in [
            ["incidents", path], ["timeline", "--format", "csv", path],
            ["report", path, "--out", out, "--format", "json"], ["check", "--format", "json", path],
        ] {
            let run = try PostmortemProcess.run(arguments)
            texts.append("\(arguments[0]) exit \(run.status)\n\(run.stdout)\n\(run.stderr)")
        }
        texts.append(try String(contentsOfFile: out + "/report.json", encoding: .utf8))
        return texts.map { $0.replacingOccurrences(of: out, with: "OUT").replacingOccurrences(of: path, with: "DOC") }
    }

    @Test(arguments: documents) func theNameDoesNotChangeWhatIsRead(_ document: String) throws {
        if let reason = PostmortemProcess.skipReason {
            print(reason)
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("any-name-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let data = try Data(contentsOf: FixturePaths.fixture(document))
        var results: [(name: String, outputs: [String])] = []
        for (index, name) in Self.names.enumerated() {
            let folder = scratch.appendingPathComponent("\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent(name)
            try data.write(to: file)
            results.append((name, try Self.outputs(file.path, scratch: scratch)))
        }
        let first = try #require(results.first)
        #expect(first.outputs[0].contains("\nDOC") || first.outputs[0].contains(",DOC"), "incidents read nothing")
        for result in results.dropFirst() {
            for (index, output) in result.outputs.enumerated() where output != first.outputs[index] {
                Issue.record(
                    "\(document) as \(result.name) differs from \(first.name):\n\(output)\n---\n\(first.outputs[index])"
                )
            }
        }
    }
}
