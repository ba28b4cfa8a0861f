import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A scratch file for data that does not fit the memory budget: created in the temporary folder
/// and unlinked at once, so it disappears with the process however the process ends.
final class SpillFile {
    private let descriptor: Int32
    /// Bytes written so far.
    private(set) var size = 0

    /// Creates the file, or fails with the reason.
    init() throws(SpillError) {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/postmortem-spill-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw SpillError("cannot create a scratch file in \(folder) (\(String(cString: strerror(errno))))")
        }
        unlink(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends bytes at the end.
    func append(_ bytes: [UInt8]) throws(SpillError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset, off_t(size + offset))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw SpillError("cannot write the scratch file (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
        size += bytes.count
    }

    /// Reads up to `count` bytes at `offset` into `buffer` (replacing its contents).
    func read(at offset: Int, count: Int, into buffer: inout [UInt8]) throws(SpillError) {
        buffer.removeAll(keepingCapacity: true)
        let wanted = max(0, min(count, size - offset))
        guard wanted > 0 else { return }
        var failure: SpillError?
        buffer = [UInt8](unsafeUninitializedCapacity: wanted) { storage, initialized in
            var done = 0
            while done < wanted {
                let got = pread(descriptor, storage.baseAddress! + done, wanted - done, off_t(offset + done))
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    failure = SpillError("cannot read the scratch file back (\(String(cString: strerror(errno))))")
                    break
                }
                done += got
            }
            initialized = done
        }
        if let failure { throw failure }
    }
}

/// Why the scratch file failed.
struct SpillError: Error, CustomStringConvertible {
    /// The reason, for a person.
    var description: String

    init(_ description: String) { self.description = description }
}
