import Foundation
import Pipeline
import TestSupport
import Testing

@Suite struct IncidentLoaderTests {
    @Test func missingPathFailsAndOtherInputsAreStillRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let feed =
            "<rss version=\"2.0\"><channel><title>Acme Status - Incident History</title><item><title>A</title>"
            + "<link>https://status.acme.test/incidents/aaaaaaaaaaaa</link></item></channel></rss>"
        try feed.write(to: dir.appendingPathComponent("a.xml"), atomically: true, encoding: .utf8)
        try "nothing to see".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let paths = [dir.path + "/missing.rss", dir.path, "-"]
        let result = IncidentLoader(mergesAccounts: false).load(paths) { Data(feed.utf8) }
        #expect(result.incidents.map(\.id) == ["aaaaaaaaaaaa", "aaaaaaaaaaaa"])
        // Two accounts of one incident (the file and standard input) merge into one by default.
        #expect(IncidentLoader().load(paths) { Data(feed.utf8) }.incidents.map(\.id) == ["aaaaaaaaaaaa"])
        #expect(result.failures.map(\.file) == [dir.path + "/missing.rss", dir.path + "/b.txt"])
        #expect(result.failures.first?.reason == "no such file or folder")
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func wholeSharedTreeLoadsInInputOrder() throws {
        let root = try #require(FixturePaths.shared)
        let result = IncidentLoader().load([root.path])
        // The folder's own documentation (README.md, PROVENANCE.md) is skipped; every export reads.
        #expect(result.failures.map(\.message) == [])
        #expect(result.incidents.count > 2000)
        let again = IncidentLoader().load([root.path])
        #expect(again.incidents.map(\.id) == result.incidents.map(\.id))
        let collected = InputCollector().collect([root.path]).inputs.compactMap { input -> String? in
            guard case .file(let path) = input else { return nil }
            return path
        }
        let readInOrder = result.formats.map(\.file) == collected
        #expect(readInOrder)
    }
}
