import Foundation
import Testing
import Utilities

/// A file whose name holds a newline and a forged workflow command cannot forge a line in any
/// command's output: every control character reaches stdout and stderr escaped.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct ControlCharacterNameTests {
    static let forged = "a\n::error file=x::pwn\u{1B}[31m.md"

    /// A folder holding one postmortem with the hostile name, and one feed with a hostile title.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pm-ctl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "# Queue stalled\n\n## Timeline\n\nAll times UTC.\n\n**2025-03-04**\n\n- 10:00 Impact starts\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent(forged))
        try Data("{ not json".utf8).write(to: folder.appendingPathComponent("b\n::warning::x.json"))
        return folder
    }

    @Test(arguments: [
        ["check"], ["check", "--format", "github"], ["check", "--format", "json"], ["check", "--format", "sarif"],
        ["check", "--format", "junit"], ["incidents"], ["timeline"], ["timeline", "--format", "csv"],
        ["timeline", "--format", "json"],
    ])
    func noOutputLineIsForgedAndNoControlCharacterIsRaw(_ command: [String]) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try PostmortemProcess.run(command + [folder.path])
        for (stream, text) in [("stdout", outcome.stdout), ("stderr", outcome.stderr)] {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(!line.hasPrefix("::error file=x"), "\(stream) forged: \(line)")
                #expect(!line.hasPrefix("::warning::x"), "\(stream) forged: \(line)")
                #expect(!line.unicodeScalars.contains("\u{1B}"), "\(stream) raw escape: \(line)")
            }
        }
    }

    @Test func controlTextEscapesEachControlCharacterAndLeavesTextAlone() {
        #expect(ControlText.escaped("a\nb\r\tc\u{1B}[0m\u{7F}\u{85}") == "a\\nb\\r\\tc\\u{1B}[0m\\u{7F}\\u{85}")
        #expect(ControlText.escaped("plain · text é") == "plain · text é")
    }
}
