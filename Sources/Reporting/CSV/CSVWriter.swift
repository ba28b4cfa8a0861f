/// Builds RFC 4180 CSV text: comma-separated, CRLF line ends, fields quoted when they need it.
public struct CSVWriter: Sendable {
    /// The text written so far.
    public private(set) var text: String = ""

    /// Creates a writer, optionally with a header row.
    public init(header: [String]? = nil) {
        if let header { append(header) }
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        text += Self.record(fields)
    }

    /// One record: the fields quoted where needed, joined with commas, ended with CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    /// Quotes a field when it holds a comma, a quote, a CR or an LF, doubling inner quotes.
    ///
    /// Quoting only: defusing spreadsheet formulas is ``CSVStyle``'s job, column by column.
    public static func quote(_ field: String) -> String {
        // Bytes, not Characters: "\r\n" is one Character that equals neither "\r" nor "\n".
        let needsQuotes = field.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return field }
        // Every quote byte is doubled, also one a combining mark follows (a `Character` split missed
        // those, and left the record unbalanced).
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(field.utf8.count + 8)
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
