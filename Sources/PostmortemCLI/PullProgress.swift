import Foundation
import Pull

/// `pull`'s progress line on standard error, rewritten in place, only when standard error is a
/// terminal (nothing in a log or a pipe).
final class PullProgress {
    /// A progress line when standard error is a terminal, else `nil`.
    static func onTerminal() -> PullProgress? { isatty(STDERR_FILENO) == 1 ? PullProgress() : nil }

    /// Shows the running counts.
    func show(_ summary: PullSummary) {
        let text =
            "\rpull: \(summary.requests) requests, \(summary.stored.count) stored, "
            + "\(summary.notModified.count) not modified, \(summary.failures.count) failed\u{1B}[K"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Ends the line.
    func end() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

    /// The summary line on standard output.
    static func line(_ summary: PullSummary, archive path: String) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var line = "\(path): \(count(summary.requests, "request")), \(count(summary.stored.count, "document")) stored"
        if !summary.unchanged.isEmpty { line += ", \(summary.unchanged.count) unchanged" }
        if !summary.notModified.isEmpty { line += ", \(summary.notModified.count) not modified" }
        if !summary.failures.isEmpty { line += ", \(summary.failures.count) failed" }
        if let rebuild = summary.rebuild {
            line += "; \(count(rebuild.incidents, "incident"))"
            line += rebuild.rebuilt ? ", \(count(rebuild.revisions, "revision")) recorded" : ", unchanged"
        }
        return line
    }
}
