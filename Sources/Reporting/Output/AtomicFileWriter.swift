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
        do {
            try write(to: target) { output in try output.write(data) }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: target.path, reason: "\(error)")
        }
    }

    /// Writes what `produce` sends to the output, all of it or nothing: when `produce` throws, the
    /// temporary file is removed, the target is untouched, and the error is rethrown.
    public func write(to target: URL, _ produce: (FileOutput) throws -> Void) throws {
        let temporary = Self.temporaryURL(for: target)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            let folder = target.deletingLastPathComponent().path
            var info = stat()
            if code == ENOENT, stat(folder, &info) != 0 {
                throw WriteError(path: target.path, reason: "the folder \(folder) does not exist")
            }
            errno = code
            throw failure(target, "cannot create a file in \(folder)")
        }
        let output = FileOutput(descriptor: descriptor, name: target.path)
        do {
            try produce(output)
            try output.flush()
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        var failed: String?
        if fsync(descriptor) != 0 { failed = "fsync failed" }
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
