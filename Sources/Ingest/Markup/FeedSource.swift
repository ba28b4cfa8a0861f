import CLibXML2
import Foundation

/// Where a feed's bytes come from: memory already held, or an open file read in chunks.
enum FeedSource {
    /// Bytes in memory (standard input, a test's string).
    case memory(UnsafeRawBufferPointer)
    /// An open file descriptor, read from its current offset to its end, never mapped or loaded whole.
    case descriptor(Int32)

    /// A libxml2 streaming reader over the source, or `nil` when libxml2 cannot start.
    ///
    /// Empty memory gives `nil` too. `release` must be called after the reader is freed.
    func makeReader(options: Int32) -> (reader: xmlTextReaderPtr?, release: () -> Void) {
        switch self {
        case .memory(let bytes):
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return (nil, {}) }
            let reader = xmlReaderForMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, options)
            return (reader, {})
        case .descriptor(let descriptor):
            let context = UnsafeMutablePointer<FeedDescriptorState>.allocate(capacity: 1)
            context.initialize(to: FeedDescriptorState(descriptor: descriptor))
            let reader = xmlReaderForIO(feedDescriptorRead, nil, context, nil, nil, options)
            return (reader, { context.deallocate() })
        }
    }
}

/// What `feedDescriptorRead` keeps between chunks: the descriptor, and whether the last chunk ended
/// with a CR (so a LF that starts the next one is the same line end).
struct FeedDescriptorState {
    /// The open file.
    var descriptor: Int32
    /// Whether the previous chunk's last byte was a CR.
    var endedWithCR = false
}

/// libxml2's read callback for `FeedSource.descriptor`: reads from the descriptor `context` points at.
///
/// Up to `length` bytes; 0 at the end, -1 on an error. CRLF and lone CR line ends are handed on as
/// LF (as `TextBytes` does for files read whole), so line numbers are those of the LF file. A
/// nonisolated top-level function, so libxml2 may call it on any thread.
func feedDescriptorRead(
    _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32
) -> Int32 {
    guard let context, let buffer, length >= 0 else { return -1 }
    let state = context.assumingMemoryBound(to: FeedDescriptorState.self)
    while true {
        let count = read(state.pointee.descriptor, buffer, Int(length))
        if count < 0 {
            if errno == EINTR { continue }
            return -1
        }
        if count == 0 { return 0 }
        var kept = 0
        for index in 0..<count {
            let byte = UInt8(bitPattern: buffer[index])
            if byte == 0x0A, state.pointee.endedWithCR {
                state.pointee.endedWithCR = false
                continue
            }
            state.pointee.endedWithCR = byte == 0x0D
            buffer[kept] = byte == 0x0D ? 0x0A : buffer[index]
            kept += 1
        }
        // A chunk that was only the LF of a CRLF split across chunks: read on (0 would end the feed).
        if kept > 0 { return Int32(kept) }
    }
}
