import Foundation
import TestSupport
import Testing

/// A `postmortem report` killed while it writes must leave every file under its final name whole:
/// the previous report's version or the new one, never a half-written file.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct NoLostWorkTests {
    /// A Statuspage feed with `count` resolved incidents, one a day from 2025-01-01.
    private func feed(count: Int) -> String {
        var items = ""
        for index in 0..<count {
            let day = Date(timeIntervalSince1970: 1_735_725_600 + Double(index) * 86_400)  // 2025-01-01T10:00Z
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: day)
            let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
                parts.month! - 1]
            let date = "\(month) &lt;var data-var='date'&gt;\(parts.day!)&lt;/var&gt;"
            func update(_ label: String, _ time: String, _ text: String) -> String {
                "&lt;p&gt;&lt;small&gt;\(date), &lt;var data-var='time'&gt;\(time)&lt;/var&gt; UTC&lt;/small&gt;"
                    + "&lt;br&gt;&lt;strong&gt;\(label)&lt;/strong&gt; - \(text)&lt;/p&gt;"
            }
            let body =
                update("Resolved", "11:30", "This incident has been resolved.")
                + update("Monitoring", "11:00", "A fix has been implemented and we are monitoring the results.")
                + update("Investigating", "10:00", "We are investigating elevated error rates on the API (\(index)).")
            let year = parts.year!
            items +=
                "<item><title>API errors \(index)</title><description>\(body)</description>"
                + "<pubDate>\(String(format: "%02d", parts.day!)) \(month) \(year) 11:30:00 +0000</pubDate>"
                + "<link>https://status.acme.test/incidents/\(String(format: "nlw%09d", index))</link></item>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Acme Status - Incident History</title><link>https://status.acme.test</link>\n\(items)</channel></rss>\n"
    }

    /// The regular (not hidden) files of a folder and their bytes.
    private func finalFiles(_ dir: URL) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        var files: [String: Data] = [:]
        for name in names where !name.hasPrefix(".") {
            files[name] = try? Data(contentsOf: dir.appendingPathComponent(name))
        }
        return files
    }

    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func killedReportLeavesEveryFileWholeUnderItsFinalName() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("pm-nolostwork-\(UUID().uuidString)")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        let small = root.appendingPathComponent("small.rss")
        let large = root.appendingPathComponent("large.rss")
        try feed(count: 12).write(to: small, atomically: true, encoding: .utf8)
        try feed(count: 300).write(to: large, atomically: true, encoding: .utf8)

        // The two whole versions every file must match: the previous report and a complete new one.
        let reports = root.appendingPathComponent("reports")
        let complete = root.appendingPathComponent("complete")
        let previousRun = try PostmortemProcess.run(["report", small.path, "--out", reports.path])
        #expect(previousRun.status == 0, "\(previousRun.stderr)")
        let newRun = try PostmortemProcess.run(["report", large.path, "--out", complete.path])
        #expect(newRun.status == 0, "\(newRun.stderr)")
        let previous = finalFiles(reports)
        let new = finalFiles(complete)
        try #require(!previous.isEmpty && Set(previous.keys) == Set(new.keys))
        #expect(previous != new)

        // Kill at three moments of the write phase: the first temporary file, the first file renamed
        // into place, and half the files renamed.
        var killedWhileWriting = 0
        for trigger in 0..<3 {
            let before = Dictionary(
                uniqueKeysWithValues: previous.keys.map { ($0, inode(reports.appendingPathComponent($0).path)) })
            let started = try PostmortemProcess.start(["report", large.path, "--out", reports.path])
            let deadline = Date().addingTimeInterval(120)
            var killed = false
            while started.process.isRunning, Date() < deadline {
                let names = (try? fm.contentsOfDirectory(atPath: reports.path)) ?? []
                let writing = names.contains { $0.hasPrefix(".") }
                let replaced = before.filter { inode(reports.appendingPathComponent($0.key).path) != $0.value }.count
                if (trigger == 0 && writing) || (trigger == 1 && replaced >= 1)
                    || (trigger == 2 && replaced * 2 >= before.count)
                {
                    kill(started.process.processIdentifier, SIGKILL)
                    killed = true
                    break
                }
                usleep(200)
            }
            let outcome = try started.finish()
            if killed && outcome.signalled { killedWhileWriting += 1 }
            let now = finalFiles(reports)
            #expect(Set(now.keys) == Set(previous.keys), "files appeared or vanished: \(now.keys.sorted())")
            for (name, bytes) in now {
                #expect(bytes == previous[name] || bytes == new[name], "\(name) is half-written after kill \(trigger)")
            }
        }
        #expect(killedWhileWriting >= 2, "the runs ended before they could be killed while writing")

        // A later complete run still replaces everything (left-over temporary files do not get in the way).
        let rerun = try PostmortemProcess.run(["report", large.path, "--out", reports.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(finalFiles(reports) == new)
    }
}
