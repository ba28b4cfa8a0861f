import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text written to a file descriptor through a buffer, for output too large to build as one string.
public final class FileOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// What the destination is called in errors.
    public let name: String

    /// Writes to `descriptor` (not closed here), naming it `name` in errors.
    public init(descriptor: Int32, name: String, capacity: Int = 64 << 10) {
        self.descriptor = descriptor
        self.name = name
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Standard output.
    public static func standardOutput() -> FileOutput { FileOutput(descriptor: 1, name: "standard output") }

    /// Appends text, writing the buffer out when it fills.
    public func write(_ text: String) throws(AtomicFileWriter.WriteError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends bytes, writing the buffer out when it fills.
    public func write(_ bytes: Data) throws(AtomicFileWriter.WriteError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out what is buffered.
    public func flush() throws(AtomicFileWriter.WriteError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                outputWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw AtomicFileWriter.WriteError(
                    path: name, reason: "write failed (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

private func outputWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
    #else
        return Darwin.write(fd, buffer, count)
    #endif
}
