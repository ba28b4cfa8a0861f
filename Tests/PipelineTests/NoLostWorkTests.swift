import Foundation
import TestSupport
import Testing

/// A `postmortem report` killed while it writes must leave every file under its final name whole:
/// the previous report's version or the new one, never a half-written file.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct NoLostWorkTests {
    /// A new, empty folder under the temporary directory; the caller removes it.
    private func scratchFolder(_ prefix: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    /// `feed(count:)` written to `name` in `folder`.
    private func feedFile(count: Int, named name: String, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent(name)
        try feed(count: count).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

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

    /// Hidden entries a run leaves: in the folder (other than the report marker) and beside it.
    private func temporaries(_ dir: URL) -> [String] {
        let fm = FileManager.default
        let inside = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).filter {
            $0.hasPrefix(".") && $0 != ".postmortem-report"
        }
        let beside = ((try? fm.contentsOfDirectory(atPath: dir.deletingLastPathComponent().path)) ?? []).filter {
            $0.hasPrefix(".")
        }
        return inside + beside
    }

    /// SplitMix64: the same kill moments on every run of the test.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func reportKilledAtTwentyRandomMomentsLeavesTheWholeOldOrNewFolder() throws {
        let root = try scratchFolder("pm-nolostwork")
        defer { try? FileManager.default.removeItem(at: root) }
        let small = try feedFile(count: 12, named: "small.rss", in: root)
        let large = try feedFile(count: 300, named: "large.rss", in: root)

        // The two whole versions the folder may hold, each from an uninterrupted run, and how long
        // such a run takes: the fastest of three, so a slow first start (cold caches, a busy CI
        // core) does not spread the kill moments past the end of the runs that follow.
        var versions: [URL: (files: [String: Data], seconds: Double)] = [:]
        for input in [small, large] {
            let folder = root.appendingPathComponent("whole-\(input.lastPathComponent)")
            var fastest = Double.infinity
            for _ in 0..<3 {
                let started = Date()
                let run = try PostmortemProcess.run(["report", input.path, "--out", folder.path])
                #expect(run.status == 0, "\(run.stderr)")
                fastest = min(fastest, Date().timeIntervalSince(started))
            }
            versions[input] = (finalFiles(folder), fastest)
        }
        let smallFiles = try #require(versions[small]?.files)
        let largeFiles = try #require(versions[large]?.files)
        try #require(!smallFiles.isEmpty && Set(smallFiles.keys) == Set(largeFiles.keys) && smallFiles != largeFiles)

        let reports = root.appendingPathComponent("out/reports")
        let first = try PostmortemProcess.run(["report", small.path, "--out", reports.path])
        #expect(first.status == 0, "\(first.stderr)")
        var random = SeededGenerator(state: 14)
        var killed = 0
        for attempt in 0..<20 {
            // Always write the other version, so every kill interrupts a change.
            let holdsSmall = finalFiles(reports) == smallFiles
            let input = holdsSmall ? large : small
            let seconds = versions[input]?.seconds ?? 1
            let started = try PostmortemProcess.start(["report", input.path, "--out", reports.path])
            // Within the first 90% of the fastest whole run: most kills land while it writes, and
            // the odd early one (before the temporary folder exists) must leave the folder as it was.
            usleep(UInt32(Double.random(in: 0..<(seconds * 0.9), using: &random) * 1_000_000))
            kill(started.process.processIdentifier, SIGKILL)
            let outcome = try started.finish()
            if outcome.signalled { killed += 1 }
            let now = finalFiles(reports)
            #expect(now == smallFiles || now == largeFiles, "kill \(attempt) left a mix: \(now.keys.sorted())")
        }
        #expect(killed >= 10, "only \(killed) of 20 runs were still running when killed")

        // The next run removes whatever the killed runs left and writes its report whole.
        let rerun = try PostmortemProcess.run(["report", large.path, "--out", reports.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(finalFiles(reports) == largeFiles)
        #expect(temporaries(reports).isEmpty, "left behind: \(temporaries(reports))")
    }

    @Test func interruptedReportRemovesItsTemporaryFolder() throws {
        let root = try scratchFolder("pm-interrupt")
        defer { try? FileManager.default.removeItem(at: root) }
        let large = try feedFile(count: 300, named: "large.rss", in: root)
        let reports = root.appendingPathComponent("out/reports")
        for signal in [SIGTERM, SIGINT] {
            let started = try PostmortemProcess.start(["report", large.path, "--out", reports.path])
            // Wait until it writes (its temporary folder appears), then interrupt it.
            let deadline = Date().addingTimeInterval(60)
            while started.process.isRunning, Date() < deadline, temporaries(reports).isEmpty { usleep(200) }
            kill(started.process.processIdentifier, signal)
            let outcome = try started.finish()
            #expect(!outcome.signalled || outcome.status == signal, "\(outcome.stderr)")
            #expect(temporaries(reports).isEmpty, "left behind after signal \(signal): \(temporaries(reports))")
        }
    }

    @Test func aRunIntoAFolderAnotherRunHoldsRefusesAndConcurrentRunsLeaveOneWholeReport() throws {
        let root = try scratchFolder("pm-lock")
        defer { try? FileManager.default.removeItem(at: root) }
        let small = try feedFile(count: 12, named: "small.rss", in: root)
        let large = try feedFile(count: 300, named: "large.rss", in: root)
        var wholes: [[String: Data]] = []
        for input in [small, large] {
            let folder = root.appendingPathComponent("whole-\(input.lastPathComponent)")
            #expect(try PostmortemProcess.run(["report", input.path, "--out", folder.path]).status == 0)
            wholes.append(finalFiles(folder))
        }
        let reports = root.appendingPathComponent("reports")
        #expect(try PostmortemProcess.run(["report", small.path, "--out", reports.path]).status == 0)

        // Another run holds the folder's lock (here: this test): the run refuses and writes nothing.
        let held = open(reports.path, O_RDONLY | O_DIRECTORY)
        try #require(held >= 0 && flock(held, LOCK_EX | LOCK_NB) == 0)
        let refused = try PostmortemProcess.run(["report", large.path, "--out", reports.path])
        close(held)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("another `postmortem report` is writing this folder; nothing written"))
        #expect(finalFiles(reports) == wholes[0])

        // Runs at once: each one either refuses or writes its whole report.
        for _ in 0..<3 {
            let runs = try [large, small, large].map {
                try PostmortemProcess.start(["report", $0.path, "--out", reports.path])
            }
            for run in runs {
                let outcome = try run.finish()
                #expect(
                    outcome.status == 0 || outcome.stderr.contains("another `postmortem report` is writing"),
                    "\(outcome.stderr)")
            }
            #expect(wholes.contains(finalFiles(reports)), "the folder mixes runs")
            #expect(temporaries(reports).isEmpty)
        }
    }
}
