import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary name in the same folder, are
/// flushed to disk, and the temporary file is renamed over the target.
///
/// An interrupted run leaves either the previous file or the new one, never a half-written one;
/// `rename(2)` within one folder is atomic.
public struct AtomicFileWriter: Sendable {
    /// Why a file could not be written.
    public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file that was being written.
        public var path: String
        /// What went wrong.
        public var reason: String

        /// `path: reason`.
        public var description: String { "\(path): \(reason)" }
    }

    /// Creates a writer.
    public init() {}

    /// The temporary name used for a target: hidden, in the same folder, unique to this write.
    public static func temporaryURL(for target: URL) -> URL {
        let unique = UUID().uuidString.prefix(8).lowercased()
        return target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).\(unique).tmp")
    }

    /// Writes text as UTF-8.
    public func write(_ text: String, to target: URL) throws(WriteError) {
        try write(Data(text.utf8), to: target)
    }

    /// Writes bytes to a temporary file beside the target, flushes them, and renames it into place.
    public func write(_ data: Data, to target: URL) throws(WriteError) {
        let temporary = Self.temporaryURL(for: target)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure(target, "cannot create \(temporary.lastPathComponent)") }
        var failed: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = "write failed"
                    return
                }
                offset += written
            }
        }
        if failed == nil && fsync(descriptor) != 0 { failed = "fsync failed" }
        if close(descriptor) != 0 && failed == nil { failed = "close failed" }
        if let failed {
            let error = failure(target, failed)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, target.path) == 0 else {
            let error = failure(target, "cannot rename \(temporary.lastPathComponent) into place")
            unlink(temporary.path)
            throw error
        }
    }

    private func failure(_ target: URL, _ what: String) -> WriteError {
        WriteError(path: target.path, reason: "\(what) (\(String(cString: strerror(errno))))")
    }
}

/// `write(2)`, named apart from `AtomicFileWriter.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
    #else
        return Darwin.write(fd, buffer, count)
    #endif
}
