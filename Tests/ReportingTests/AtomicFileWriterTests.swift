import Foundation
import Reporting
import Testing

@Suite struct AtomicFileWriterTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndReplacesLeavingNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.md")
        try AtomicFileWriter().write("first", to: target)
        try AtomicFileWriter().write("second ✓", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "second ✓")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
    }

    @Test func aFailedWriteLeavesThePreviousFileWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try "keep".write(to: target.appendingPathComponent("inside.txt"), atomically: false, encoding: .utf8)
        #expect(throws: AtomicFileWriter.WriteError.self) { try AtomicFileWriter().write("new", to: target) }
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["occupied"])
    }

    @Test func aMissingFolderIsAClearError() throws {
        let target = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/report.md")
        do {
            try AtomicFileWriter().write("x", to: target)
            Issue.record("expected an error")
        } catch {
            let folder = target.deletingLastPathComponent().path
            #expect(error.description == target.path + ": the folder \(folder) does not exist")
        }
    }

    @Test func theTemporaryNameIsHiddenInTheSameFolder() {
        let target = URL(fileURLWithPath: "/out/2025-01/report.md")
        let temporary = AtomicFileWriter.temporaryURL(for: target)
        #expect(temporary.deletingLastPathComponent() == target.deletingLastPathComponent())
        #expect(temporary.lastPathComponent.hasPrefix(".report.md."))
        #expect(temporary.lastPathComponent.hasSuffix(".tmp"))
    }
}
