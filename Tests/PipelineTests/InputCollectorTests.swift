import Foundation
import Pipeline
import Testing

@Suite struct InputCollectorTests {
    @Test func missingPathIsAProblemAndOthersStillCollected() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "x".write(to: dir.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        try "x".write(to: dir.appendingPathComponent("sub/a.rss"), atomically: true, encoding: .utf8)
        try "x".write(to: dir.appendingPathComponent(".hidden"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = InputCollector().collect([dir.path + "/nope", dir.path, "-"])
        #expect(result.problems.map(\.reason) == ["no such file or folder"])
        #expect(result.inputs == [.file(dir.path + "/b.json"), .file(dir.path + "/sub/a.rss"), .standardInput])
    }
}
