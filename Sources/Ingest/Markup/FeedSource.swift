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
            let context = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
            context.initialize(to: descriptor)
            let reader = xmlReaderForIO(feedDescriptorRead, nil, context, nil, nil, options)
            return (reader, { context.deallocate() })
        }
    }
}

/// libxml2's read callback for `FeedSource.descriptor`: reads from the descriptor `context` points at.
///
/// Up to `length` bytes; 0 at the end, -1 on an error. A nonisolated top-level function, so
/// libxml2 may call it on any thread.
func feedDescriptorRead(
    _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32
) -> Int32 {
    guard let context, let buffer, length >= 0 else { return -1 }
    let descriptor = context.load(as: Int32.self)
    while true {
        let count = read(descriptor, buffer, Int(length))
        if count >= 0 { return Int32(count) }
        if errno != EINTR { return -1 }
    }
}
