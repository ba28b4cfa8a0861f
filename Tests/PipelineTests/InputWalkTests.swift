import Foundation
import Pipeline
import Testing

/// The collector's file rules: regular files only, a size limit, symbolic links followed only inside
/// the folder named, and every real file taken once (links that loop end).
@Suite struct InputWalkTests {
    let dir: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("pm-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        // The real path, since links are compared by where they really lead.
        dir = URL(fileURLWithPath: base.resolvingSymlinksInPath().path)
    }

    private func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    private func write(_ name: String, _ text: String = "x") throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: target)
    }

    private func files(_ result: (inputs: [InputCollector.Input], problems: [InputCollector.Problem])) -> [String] {
        result.inputs.compactMap { input in
            if case .file(let file) = input { return String(file.dropFirst(dir.path.count + 1)) }
            return nil
        }
    }

    @Test func linksToTheFolderItselfAreFollowedOnceAndEnd() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("in/a.rss")
        try write("in/sub/b.rss")
        try link("in/loop1", to: ".")
        try link("in/loop2", to: path("in"))
        try link("in/sub/up", to: "..")
        let result = InputCollector().collect([path("in")])
        #expect(files(result) == ["in/a.rss", "in/sub/b.rss"])
        #expect(result.problems.isEmpty)
    }

    @Test func aLinkToAFileInsideIsTheFileOnce() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("in/a.rss")
        try link("in/b-link.rss", to: "a.rss")
        let result = InputCollector().collect([path("in"), path("in/a.rss")])
        #expect(files(result) == ["in/a.rss"])
    }

    @Test func aLinkOutsideTheNamedFolderIsNotFollowed() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("outside/secret.md", "# not mine")
        try write("in/a.rss")
        try link("in/etc", to: path("outside"))
        try link("in/secret.md", to: path("outside/secret.md"))
        let result = InputCollector().collect([path("in")])
        #expect(files(result) == ["in/a.rss"])
        #expect(result.problems.map(\.path) == [path("in/etc"), path("in/secret.md")])
        #expect(result.problems.allSatisfy { $0.reason.contains("links are followed only inside") })
        // Named on the command line, the same link is followed: the user chose it.
        #expect(files(InputCollector().collect([path("in/secret.md")])) == ["in/secret.md"])
    }

    @Test func fifosDevicesAndBrokenLinksAreProblemsNeverOpened() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("in/a.rss")
        #expect(mkfifo(path("in/pipe.rss"), 0o600) == 0)
        try link("in/gone.rss", to: "missing.rss")
        let result = InputCollector().collect([path("in"), "/dev/zero", "/dev/urandom"])
        #expect(files(result) == ["in/a.rss"])
        let reasons = Dictionary(uniqueKeysWithValues: result.problems.map { ($0.path, $0.reason) })
        #expect(reasons[path("in/pipe.rss")]?.hasPrefix("a FIFO (named pipe), not a regular file") == true)
        #expect(reasons["/dev/zero"]?.hasPrefix("a character device, not a regular file") == true)
        #expect(reasons["/dev/urandom"]?.hasPrefix("a character device") == true)
        #expect(reasons[path("in/gone.rss")] == "a symbolic link to a file that does not exist")
    }

    @Test func filesOverTheSizeLimitAreProblems() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try write("small.rss", String(repeating: "x", count: 1024))
        try write("big.rss", String(repeating: "x", count: 1025))
        let result = InputCollector(maxInputSize: 1024).collect([path("small.rss"), path("big.rss")])
        #expect(files(result) == ["small.rss"])
        #expect(
            result.problems.map(\.reason) == [
                "the file is 1025 bytes, over the --max-input-size limit of 1024 bytes (1 KiB)"
            ])
        #expect(InputCollector.defaultMaxInputSize == 512 << 20)
        #expect(InputCollector.sizeText(1536) == "1.5 KiB")
        #expect(InputCollector.sizeText(512 << 20) == "512 MiB")
    }
}
