import Foundation

/// Takes the HTML part out of a browser's MHTML archive (`multipart/related`), decoding
/// `quoted-printable` or `base64` transfer encodings.
enum MHTMLExtractor {
    /// The first `text/html` part's bytes.
    static func html(from data: Data) -> Result<Data, SniffFailure> {
        let bytes = [UInt8](data)
        guard
            let headerEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: bytes, from: 0)
                ?? find([0x0A, 0x0A], in: bytes, from: 0)
        else { return .failure(SniffFailure(reason: "the MHTML headers never end")) }
        let headers = String(decoding: bytes[..<headerEnd], as: UTF8.self)
        guard let range = headers.range(of: "boundary=\"") else {
            return .failure(SniffFailure(reason: "the MHTML archive names no boundary"))
        }
        let boundary = String(headers[range.upperBound...].prefix { $0 != "\"" })
        let marker = Array(("--" + boundary).utf8)
        var position = headerEnd
        while let start = find(marker, in: bytes, from: position) {
            let partStart = start + marker.count
            let next = find(marker, in: bytes, from: partStart) ?? bytes.count
            let part = Array(bytes[partStart..<next])
            position = next
            guard
                let split = find([0x0D, 0x0A, 0x0D, 0x0A], in: part, from: 0).map({ ($0, 4) })
                    ?? find([0x0A, 0x0A], in: part, from: 0).map({ ($0, 2) })
            else { continue }
            let partHeaders = String(decoding: part[..<split.0], as: UTF8.self).lowercased()
            guard partHeaders.contains("content-type: text/html") else { continue }
            let body = Array(part[(split.0 + split.1)...])
            if partHeaders.contains("quoted-printable") { return .success(Data(quotedPrintable(body))) }
            if partHeaders.contains("content-transfer-encoding: base64") {
                let text = String(decoding: body, as: UTF8.self).filter { !$0.isWhitespace }
                guard let decoded = Data(base64Encoded: text) else {
                    return .failure(SniffFailure(reason: "the MHTML HTML part is not valid base64"))
                }
                return .success(decoded)
            }
            return .success(Data(body))
        }
        return .failure(SniffFailure(reason: "the MHTML archive has no text/html part"))
    }

    /// Decodes quoted-printable: `=XX` bytes and `=` soft line breaks.
    static func quotedPrintable(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: byte - 48
            case 65...70: byte - 55
            case 97...102: byte - 87
            default: nil
            }
        }
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "="), index + 1 < input.count {
                if input[index + 1] == 0x0A {
                    index += 2
                    continue
                }
                if input[index + 1] == 0x0D, index + 2 < input.count, input[index + 2] == 0x0A {
                    index += 3
                    continue
                }
                if index + 2 < input.count, let high = hex(input[index + 1]), let low = hex(input[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        let first = needle[0]
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
