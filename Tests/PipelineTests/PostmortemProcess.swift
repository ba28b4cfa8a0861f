import Foundation
import TestSupport

/// Runs the built `postmortem` executable, for tests about exit codes, stderr and killed runs.
struct PostmortemProcess {
    /// What a finished run gave.
    struct Outcome {
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        /// Whether the process ended by a signal (a crash or a kill) rather than exiting.
        var signalled: Bool
        /// Standard output.
        var stdout: String
        /// Standard error.
        var stderr: String
        /// Whether the run was stopped because it passed its deadline.
        var timedOut: Bool

        /// Standard error's non-empty lines.
        var errorLines: [String] { stderr.split(whereSeparator: \.isNewline).map(String.init) }

        /// The CSV data rows on standard output (the header dropped); `incidents` prints no
        /// multi-line fields for the inputs these tests use.
        var csvRows: [String] { Array(stdout.split(whereSeparator: \.isNewline).dropFirst().map(String.init)) }
    }

    /// The executable beside the test bundle (same build configuration), else `.build/debug`, or
    /// `POSTMORTEM_BIN` when set.
    static let binary: URL? = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["POSTMORTEM_BIN"] {
            candidates.append(URL(fileURLWithPath: path))
        }
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/", folder.lastPathComponent.hasSuffix(".xctest") || folder.path.contains(".xctest/") {
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(folder.appendingPathComponent("postmortem"))
        candidates.append(FixturePaths.packageRoot.appendingPathComponent(".build/debug/postmortem"))
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }
    }()

    /// Why the process tests are skipped, or `nil` when the executable was found.
    static let skipReason: String? =
        binary == nil ? "skipped: no built postmortem executable (run `swift build` first)" : nil

    /// Runs `postmortem arguments` with `input` on standard input, stopping it after `timeout` seconds.
    static func run(_ arguments: [String], input: Data? = nil, timeout: TimeInterval = 60) throws -> Outcome {
        let started = try start(arguments, input: input)
        let deadline = Date().addingTimeInterval(timeout)
        while started.process.isRunning, Date() < deadline { usleep(10_000) }
        let timedOut = started.process.isRunning
        if timedOut { kill(started.process.processIdentifier, SIGKILL) }
        started.process.waitUntilExit()
        return try started.finish(timedOut: timedOut)
    }

    /// A started run; `finish` collects its output once it has ended.
    struct Started {
        /// The running process.
        var process: Process
        /// Where standard output and standard error go.
        var outFile: URL
        var errFile: URL

        /// The outcome of the ended process; removes the output files.
        func finish(timedOut: Bool = false) throws -> Outcome {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(at: outFile)
                try? FileManager.default.removeItem(at: errFile)
            }
            let out = String(decoding: try Data(contentsOf: outFile), as: UTF8.self)
            let err = String(decoding: try Data(contentsOf: errFile), as: UTF8.self)
            return Outcome(
                status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                stdout: out, stderr: err, timedOut: timedOut)
        }
    }

    /// Starts `postmortem arguments` without waiting (output goes to temporary files).
    static func start(_ arguments: [String], input: Data? = nil) throws -> Started {
        guard let binary else { throw CocoaError(.fileNoSuchFile) }
        let fm = FileManager.default
        let outFile = fm.temporaryDirectory.appendingPathComponent("pm-out-\(UUID().uuidString)")
        let errFile = fm.temporaryDirectory.appendingPathComponent("pm-err-\(UUID().uuidString)")
        _ = fm.createFile(atPath: outFile.path, contents: nil)
        _ = fm.createFile(atPath: errFile.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        if let input {
            let pipe = Pipe()
            process.standardInput = pipe
            try process.run()
            // A run that stops reading early (an input over --max-input-size) closes the pipe: the
            // write then fails with EPIPE instead of SIGPIPE ending the test process.
            signal(SIGPIPE, SIG_IGN)
            try? pipe.fileHandleForWriting.write(contentsOf: input)
            try? pipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        return Started(process: process, outFile: outFile, errFile: errFile)
    }
}
