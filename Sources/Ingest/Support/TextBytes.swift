import Foundation

/// An input's bytes as the readers take them: UTF-8 with line feeds.
///
/// UTF-16 and UTF-32 text that starts with its byte order mark is transcoded to UTF-8 (Foundation's
/// decoders), and CRLF or lone CR line ends become LF, so a file saved on Windows or an old Mac reads
/// as the LF file does. Bytes without a byte order mark of those encodings and without a CR are
/// returned as they are (no copy).
enum TextBytes {
    /// `data` as UTF-8 with LF line ends, or why it cannot be.
    static func normalized(_ data: Data) -> Result<Data, SniffFailure> {
        var data = data
        if let encoding = wideEncoding(of: data) {
            guard let text = String(data: data, encoding: encoding.encoding) else {
                let name = encoding.name
                return .failure(
                    SniffFailure(
                        reason: "the input starts with a \(name) byte order mark but is not valid \(name) text"))
            }
            // The mark itself is no text: dropped, as a UTF-8 one is by the readers that see it.
            data = Data((text.first == "\u{FEFF}" ? text.dropFirst() : Substring(text)).utf8)
        }
        return .success(lineFeeds(data))
    }

    /// The encoding a UTF-32 or UTF-16 byte order mark at the start names (UTF-32 first: its
    /// little-endian mark begins with UTF-16's).
    static func wideEncoding(of data: Data) -> (encoding: String.Encoding, name: String)? {
        let head = [UInt8](data.prefix(4))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LittleEndian, "UTF-32") }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BigEndian, "UTF-32") }
        if head.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, "UTF-16") }
        if head.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, "UTF-16") }
        return nil
    }

    /// `data` with each CRLF and each lone CR replaced by LF.
    static func lineFeeds(_ data: Data) -> Data {
        // `memchr`, not `Data.contains`: every input passes here, and a byte-by-byte walk through
        // `Data`'s iterator cost a tenth of reading the GitHub JSON.
        let hasCR = data.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
        }
        guard hasCR else { return data }
        var output: [UInt8] = []
        output.reserveCapacity(data.count)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0D {
                    output.append(0x0A)
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                } else {
                    output.append(byte)
                }
                index += 1
            }
        }
        return Data(output)
    }
}
