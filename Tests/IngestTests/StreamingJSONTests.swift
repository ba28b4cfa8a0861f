import Foundation
import IncidentModel
import TestSupport
import Testing

@testable import Ingest

/// Statuspage API exports read one incident at a time give what reading the whole document gives.
@Suite struct StreamingJSONTests {
    /// A reader that streams every Statuspage API export, however small.
    let reader = IncidentReader(jsonStreamThreshold: 0)

    /// A `{page, incidents}` export of `count` small incidents (and one maintenance).
    static func export(count: Int) -> String {
        var text = #"{"page": {"id": "bench0page", "name": "Bench", "time_zone": "Etc/UTC"}, "incidents": ["#
        for index in 0..<count {
            let minute = String(format: "%02d", index % 60)
            text +=
                (index == 0 ? "\n" : ",\n")
                + #"{"id": "b\#(index)", "name": "Errors \#(index % 20)", "impact": "minor", "incident_updates": ["#
                + #"{"status": "resolved", "body": "Fixed.", "created_at": "2025-01-10T11:\#(minute):00Z"},"#
                + #"{"status": "investigating", "body": "Looking.", "created_at": "2025-01-10T10:\#(minute):00Z"}]}"#
        }
        return text
            + #"], "scheduled_maintenances": [{"id": "m1", "name": "Upgrade", "incident_updates": []}], "status": {}}"#
    }

    private func streamed(_ text: String, _ name: String) throws -> (StatuspageJSONStream.HighWater, Int) {
        let path = try StreamingReadTests.write(text, name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var highWater = StatuspageJSONStream.HighWater()
        var count = 0
        let result = StatuspageJSONStream(descriptor: descriptor, file: path).read(
            each: { _ in count += 1 }, highWater: &highWater)
        #expect(result?.failure == nil && result?.format == .statuspageJSON)
        return (highWater, count)
    }

    @Test func doublingTheIncidentsHoldsNoMore() throws {
        let (small, smallCount) = try streamed(Self.export(count: 5_000), "n.json")
        let (large, largeCount) = try streamed(Self.export(count: 10_000), "2n.json")
        #expect(smallCount == 5_001 && largeCount == 10_001)
        #expect(small.elements == 5_001 && large.elements == 10_001)
        #expect(small.incidents == 1 && large.incidents == 1, "one incident held at a time")
        #expect(large.elementBytes <= small.elementBytes + 8, "\(small.elementBytes) then \(large.elementBytes) bytes")
    }

    @Test func anExportStreamsToTheIncidentsOfTheWholeDocument() throws {
        let path = try StreamingReadTests.write(Self.export(count: 300), "same.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try StreamingReadTests(reader: reader).expectSame(path)
    }

    /// Broken, odd or unsupported shapes: streamed or not, the same incidents or the same failure.
    @Test(arguments: [
        #"{"page": {"id": "p"}, "incidents": [{"id": "a", "name": "A"}, {"id": "b", "name": "B",]}"#,
        #"{"page": {"id": "p"}, "incidents": [{"id": "a"}, 3]}"#,
        #"{"page": {"id": "p"}, "incidents": [{"id": "a"}], "incidents": []}"#,
        #"{"page": {"id": "p"}, "incidents": [{"id": "a"}]} trailing"#,
        #"{"page": {"id": "p"}, "incidents": [{"id": "a", "name": "x\"y"}], "status": tru}"#,
        #"{"incidents": [{"id": "a"}], "page": {"id": "p"}}"#,
        #"  {"page": {"id": "p"}, "incidents": []}"#,
        #"{"page": {"id": "p"}, "incidents": [{"id": "a"}, {"id": "b"}"#,
        #"{"page": {"id": "p"}, "incid\u0065nts": [{"id": "a"}]}"#,
        #"{"page": 1, "incidents": [{"id": "a"}]}"#,
    ])
    func oddShapesReadAsTheWholeDocument(_ text: String) throws {
        let path = try StreamingReadTests.write(text, "odd.json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try StreamingReadTests(reader: reader).expectSame(path)
    }

    @Test func everyJSONFixtureReadsTheSameStreamed() throws {
        var paths = jsonFiles(under: FixturePaths.fixtures)
        if let shared = FixturePaths.shared {
            paths += jsonFiles(under: shared)
        } else {
            print("StreamingJSONTests: \(FixturePaths.sharedSkipReason ?? "../shared absent"); only Fixtures/ read")
        }
        #expect(paths.count > 3)
        for path in paths { try StreamingReadTests(reader: reader).expectSame(path) }
    }

    private func jsonFiles(under root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "json" { files.append(url.path) }
        }
        // The 1,282 GitHub JSON files are one format: ten of them stand for the rest.
        let github = files.filter { $0.contains("/github-incidents/") }.sorted().dropFirst(10)
        return files.filter { !github.contains($0) }.sorted()
    }
}
