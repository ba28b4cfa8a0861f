import Foundation

/// Golden files: compare text with a file, or re-record it when `POSTMORTEM_RECORD=1`.
public enum Golden {
    /// Whether goldens are being re-recorded.
    public static var recording: Bool { ProcessInfo.processInfo.environment["POSTMORTEM_RECORD"] == "1" }

    /// Returns `nil` when `actual` equals the file (or it was re-recorded), else a description of
    /// the first difference.
    public static func compare(_ actual: String, with file: URL) throws -> String? {
        let fm = FileManager.default
        if recording {
            try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "golden file \(file.path) is missing; run with POSTMORTEM_RECORD=1 to record it"
        }
        if expected == actual { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "<end of output>"
            let right = index < e.count ? String(e[index]) : "<end of golden>"
            if left != right {
                return
                    "\(file.path):\(index + 1) differs (POSTMORTEM_RECORD=1 re-records)\n  expected: \(right)\n  actual:   \(left)"
            }
        }
        return "\(file.path) differs"
    }
}
