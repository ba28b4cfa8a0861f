import Foundation
import TestSupport
import Testing

/// Files that are not regular files, too large, missing or gone, and report folders that must not be
/// overwritten, through the built `postmortem`: each gets one clear line and nothing stalls.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct HostileFileTests {
    let good = FixturePaths.fixture("statuspage/kustomer-history.rss").path
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    private func clean() { try? FileManager.default.removeItem(at: dir) }

    private func files(_ folder: URL) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: Data] = [:]
        for name in names { files[name] = try? Data(contentsOf: folder.appendingPathComponent(name)) }
        return files
    }

    @Test func fifosAndDevicesAreRefusedWithoutBlocking() throws {
        defer { clean() }
        let fifo = dir.appendingPathComponent("history.rss").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let outcome = try PostmortemProcess.run(["incidents", good, fifo, "/dev/zero", "/dev/urandom"], timeout: 30)
        #expect(!outcome.timedOut && !outcome.signalled)
        #expect(outcome.status == 1)
        #expect(outcome.csvRows.count == 6)
        for path in [fifo, "/dev/zero", "/dev/urandom"] {
            let lines = outcome.errorLines.filter { $0.hasPrefix(path + ":") }
            #expect(lines.count == 1 && lines[0].contains("not a regular file"), "\(outcome.errorLines)")
        }
    }

    @Test func maxInputSizeRefusesLargerFilesAndNamesTheLimit() throws {
        let outcome = try PostmortemProcess.run(["incidents", good, "--max-input-size", "1K"])
        #expect(outcome.status == 1)
        #expect(outcome.errorLines.count == 1)
        #expect(outcome.stderr.contains("over the --max-input-size limit of 1024 bytes (1 KiB)"), "\(outcome.stderr)")
        let bad = try PostmortemProcess.run(["incidents", good, "--max-input-size", "lots"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--max-input-size expects a size such as 512M"))
    }

    @Test func aMistypedPathOrUnreadableInputsLeaveTheOldReportUntouched() throws {
        defer { clean() }
        let keep = dir.appendingPathComponent("keep")
        #expect(try PostmortemProcess.run(["report", good, "--out", keep.path]).status == 0)
        let before = files(keep)
        #expect(before.keys.contains("report.md") && before.keys.contains(".postmortem-report"))

        let typo = try PostmortemProcess.run(["report", good + "s", "--month", "2025-01", "--out", keep.path])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("no such file or folder; nothing written to \(keep.path)"), "\(typo.stderr)")
        let junk = dir.appendingPathComponent("junk.rss")
        try Data([0, 1, 2, 3]).write(to: junk)
        let unreadable = try PostmortemProcess.run(["report", junk.path, "--out", keep.path])
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.contains("no input could be read; nothing written"), "\(unreadable.stderr)")
        #expect(files(keep) == before)
    }

    @Test func outputThatIsAFileOrAForeignFolderGetsOneSentence() throws {
        defer { clean() }
        let file = dir.appendingPathComponent("README.md")
        try Data("# mine\n".utf8).write(to: file)
        let onFile = try PostmortemProcess.run(["report", good, "--out", file.path])
        #expect(onFile.status == 1)
        #expect(
            onFile.errorLines == [
                "\(file.path): cannot write the report: this is a file, not a folder; "
                    + "--out expects a folder to write the report into"
            ])
        let foreign = try PostmortemProcess.run(["report", good, "--out", dir.path])
        #expect(foreign.status == 1)
        #expect(foreign.errorLines.count == 1)
        #expect(foreign.stderr.contains("the folder holds files that are not a report's (README.md)"))
        #expect(try Data(contentsOf: file) == Data("# mine\n".utf8))
        #expect(!foreign.stderr.contains("NSCocoaErrorDomain"))
    }
}
