import Foundation
import Ingest

/// Standard input under the same size limit as files: read up to the limit and one byte more, so a
/// larger input (`cat /dev/zero | postmortem incidents -`) is refused without being read whole.
public enum StandardInput {
    /// Standard input's bytes, at most `limit + 1`: more than `limit` means it is over the limit.
    public static func read(limit: Int) -> Data {
        InputFile.read(FileHandle.standardInput.fileDescriptor, upTo: limit == Int.max ? nil : limit + 1) ?? Data()
    }

    /// The failure for standard input whose bytes (as `read(limit:)` gives them) are over `limit`.
    public static func failure(_ data: Data, limit: Int) -> ReadFailure? {
        guard data.count > limit else { return nil }
        return ReadFailure(
            file: "-",
            reason: "standard input is over the --max-input-size limit of \(limit) bytes "
                + "(\(InputCollector.sizeText(limit)))",
            expected: "at most \(InputCollector.sizeText(limit)) on standard input, or a larger --max-input-size")
    }
}
