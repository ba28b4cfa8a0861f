import Foundation
import IncidentModel

extension IncidentReader {
    /// Reads the file at `path`, handing each incident to `body` as soon as it is complete.
    ///
    /// Feeds, and Statuspage API exports of 8 MiB or more (`StatuspageJSONStream`), are read from
    /// the file in chunks (never mapped or loaded whole), so memory does not grow with them; other
    /// formats (pages, other JSON, Markdown, text, and UTF-16 or UTF-32 text) are small and read whole.
    /// The result's `incidents` is empty: every incident went to `body`. When the result carries a
    /// `failure` (a feed cut or broken part-way), the caller must discard the incidents it got from
    /// this input, as `read(_:file:)` gives none for a failed input. A file that cannot be opened
    /// or read fails with "the file cannot be read" (or "… (permission denied)", or "the file no
    /// longer exists" when it was deleted since it was named). The path is opened without blocking
    /// and read only when it is a regular file, so a FIFO or a device put in its place never stalls.
    public func read(contentsOf path: String, each body: (Incident) -> Void) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return Self.unreadable(path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return ReadResult(
                failure: ReadFailure(file: path, reason: "not a regular file", expected: "a regular file"))
        }
        guard let head = InputFile.read(descriptor, upTo: Self.headSize) else { return Self.unreadable(path) }
        let sniff = FormatSniffer(data: head).sniff()
        if case .success(let sniffed) = sniff, sniffed.format == .rss || sniffed.format == .atom,
            lseek(descriptor, off_t(sniffed.start), SEEK_SET) == off_t(sniffed.start)
        {
            // The sniffer decides a feed from its first 4,096 bytes alone, so the prefix decides
            // exactly as the whole file would.
            return head.withUnsafeBytes { buffer in
                readFeed(
                    .descriptor(descriptor), isAtom: sniffed.format == .atom,
                    head: UnsafeRawBufferPointer(rebasing: buffer[sniffed.start...]),
                    lineOffset: Self.lineCount(buffer.prefix(sniffed.start)), file: path, each: body)
            }
        }
        if case .success(let sniffed) = sniff, sniffed.format == .json,
            info.st_size >= jsonStreamThreshold,
            let streamed = StatuspageJSONStream(descriptor: descriptor, file: path).read(each: body)
        {
            return streamed
        }
        guard lseek(descriptor, off_t(head.count), SEEK_SET) == off_t(head.count),
            let rest = InputFile.read(descriptor, upTo: nil)
        else { return Self.unreadable(path) }
        return read(head + rest, file: path, each: body)
    }

    /// Reads `data` (standard input), handing each incident to `body` as soon as it is complete.
    ///
    /// The result's `incidents` is empty: every incident went to `body`. When the result carries a
    /// `failure`, the caller must discard the incidents it got from this input.
    /// CRLF and CR line ends read as LF, and UTF-16 or UTF-32 with a byte order mark as UTF-8 (`TextBytes`).
    public func read(_ raw: Data, file: String, each body: (Incident) -> Void) -> ReadResult {
        let data: Data
        switch TextBytes.normalized(raw) {
        case .success(let normalized): data = normalized
        case .failure(let failure):
            return ReadResult(failure: ReadFailure(file: file, reason: failure.reason, expected: Self.expectedAny))
        }
        switch FormatSniffer(data: data).sniff() {
        case .failure(let failure):
            return ReadResult(failure: ReadFailure(file: file, reason: failure.reason, expected: Self.expectedAny))
        case .success(let sniffed) where sniffed.format == .rss || sniffed.format == .atom:
            return read(data, feed: sniffed, file: file, each: body)
        case .success(let sniffed):
            var result = read(data, format: sniffed.format, file: file, start: sniffed.start)
            for incident in result.incidents { body(incident) }
            result.incidents = []
            return result
        }
    }

    /// How much of a file is read to sniff it: the sniffer's 4,096 bytes, plus the 2,048 bytes
    /// after junk lines where a Google Cloud feed names itself.
    static let headSize = 4096 + 2048

    /// The failure for a path that cannot be opened or read, as the loader words it.
    static func unreadable(_ path: String, errno code: Int32 = 0) -> ReadResult {
        let reason =
            code == ENOENT
            ? "the file no longer exists (removed after it was named)"
            : FileManager.default.isReadableFile(atPath: path)
                ? "the file cannot be read" : "the file cannot be read (permission denied)"
        return ReadResult(failure: ReadFailure(file: path, reason: reason, expected: "a readable file"))
    }
}
