import Foundation

/// Reads a file forward from an offset in 64 KiB chunks, one byte at a time, with `pread`: a JSON
/// export of any size is walked in a fixed buffer.
struct JSONByteSource {
    private let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: InputFile.chunk)
    private var filled = 0
    private var position = 0
    private var bufferOffset: Int
    /// Whether a read failed (an I/O error, not the end of the file).
    private(set) var failed = false

    /// A source that starts at `offset`.
    init(descriptor: Int32, offset: Int) {
        self.descriptor = descriptor
        bufferOffset = offset
    }

    /// The file offset of the next byte.
    var offset: Int { bufferOffset + position }

    /// The next byte without taking it, `nil` at the end (or after a failed read).
    mutating func peek() -> UInt8? {
        if position == filled, !refill() { return nil }
        return buffer[position]
    }

    /// Takes the next byte, `nil` at the end.
    mutating func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        position += 1
        return byte
    }

    /// Skips JSON whitespace and gives the next byte without taking it.
    mutating func peekAfterSpace() -> UInt8? {
        while let byte = peek() {
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
            position += 1
        }
        return nil
    }

    private mutating func refill() -> Bool {
        guard !failed else { return false }
        bufferOffset += filled
        position = 0
        filled = 0
        while true {
            let count = buffer.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress, $0.count, off_t(bufferOffset))
            }
            if count < 0, errno == EINTR { continue }
            if count < 0 { failed = true }
            filled = max(0, count)
            return filled > 0
        }
    }
}
