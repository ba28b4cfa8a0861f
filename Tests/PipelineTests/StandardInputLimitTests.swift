import Foundation
import Pipeline
import TestSupport
import Testing

/// Standard input is held to `--max-input-size` as files are: a larger input is refused with one
/// line naming the limit, read no further than one byte past it, and the other inputs still read.
@Suite(.enabled(if: PostmortemProcess.binary != nil, "needs the built postmortem executable"))
struct StandardInputLimitTests {
    let good = FixturePaths.fixture("aws/data.json").path
    /// A feed over 3 KiB (and small enough for a pipe's buffer, so writing it never blocks).
    let feed: Data

    init() throws {
        feed = try Data(contentsOf: FixturePaths.fixture("statuspage/kustomer-history.rss")).prefix(8_000)
    }

    private let limitLine =
        "-: cannot read the input: standard input is over the --max-input-size limit of 3072 bytes (3 KiB)"

    @Test(arguments: [["incidents"], ["timeline"]])
    func readingCommandsRefuseLargerStandardInputAndReadTheRest(_ command: [String]) throws {
        let outcome = try PostmortemProcess.run(command + ["-", good, "--max-input-size", "3K"], input: feed)
        #expect(outcome.status == 1)
        #expect(outcome.errorLines.contains { $0.hasPrefix(limitLine) }, "\(outcome.stderr)")
        #expect(!outcome.stdout.isEmpty, "the named file is still read")
    }

    @Test func reportWritesNothingWhenStandardInputWasTheOnlyInput() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pm-stdin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try PostmortemProcess.run(
            ["report", "-", "--out", out.path, "--max-input-size", "3K"], input: feed)
        #expect(outcome.status == 1)
        #expect(outcome.errorLines.contains { $0.hasPrefix(limitLine) }, "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func checkRefusesLargerStandardInputAsAnUnreadableInput() throws {
        let text = "# Outage\n\n" + String(repeating: "The queue grew and then drained again.\n", count: 120)
        let outcome = try PostmortemProcess.run(["check", "-", "--max-input-size", "3K"], input: Data(text.utf8))
        #expect(outcome.status == 2)
        #expect(outcome.stdout.contains("1 unreadable"), "\(outcome.stdout)")
        #expect(
            outcome.stderr.contains("standard input is over the --max-input-size limit of 3072 bytes"),
            "\(outcome.stderr)")
    }

    @Test func withinTheLimitStandardInputReadsAsTheSameBytesInAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pm-stdin-\(UUID().uuidString).rss")
        defer { try? FileManager.default.removeItem(at: path) }
        let whole = try Data(contentsOf: FixturePaths.fixture("statuspage/kustomer-history.rss"))
        try whole.write(to: path)
        let piped = try PostmortemProcess.run(["incidents", "-", "--max-input-size", "\(whole.count)"], input: whole)
        let file = try PostmortemProcess.run(["incidents", path.path, "--max-input-size", "\(whole.count)"])
        #expect(piped.status == 0 && file.status == 0 && piped.csvRows.count > 1)
        // Standard input's name `-` is text that starts with `-`, so neutralised CSV writes it `'-`.
        #expect(piped.stdout == file.stdout.replacingOccurrences(of: path.path, with: "'-"))
    }

    @Test func theLoaderRefusesBytesPastTheLimit() {
        let loader = IncidentLoader(collector: InputCollector(maxInputSize: 10))
        let over = loader.load(["-"], standardInput: { Data(repeating: 0x41, count: 11) })
        #expect(
            over.failures.map(\.reason) == ["standard input is over the --max-input-size limit of 10 bytes (10 bytes)"])
        let within = loader.load(["-"], standardInput: { Data(repeating: 0x41, count: 10) })
        #expect(within.failures.map(\.reason) != over.failures.map(\.reason))
    }
}
