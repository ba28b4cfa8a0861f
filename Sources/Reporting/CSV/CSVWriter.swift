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
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
