/// Text with its control characters made visible, for lines a terminal or a CI runner reads.
///
/// A file name or a title may hold a newline, an escape or another control character; written raw
/// to a terminal it can forge a line (`::error file=…::` that GitHub Actions executes) or a colour
/// change. Each C0 and C1 control character and DEL is written as Swift writes it in a string
/// literal: `\n`, `\r`, `\t`, else `\u{1B}`.
public enum ControlText {
    /// `text` with every control character escaped; `text` itself when it holds none.
    public static func escaped(_ text: String) -> String { escaped(text, keeping: []) }

    /// `text` with every control character escaped except those in `kept` (for CSV, where tab, LF
    /// and CR are data that RFC 4180 quoting carries).
    public static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
        // A control character is one byte below 0x20 or 0x7F, or (C1) 0xC2 and a second byte: text
        // without such a byte, nearly all of it, is returned without decoding its scalars.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        let escapes = { (scalar: Unicode.Scalar) in isControl(scalar) && !kept.contains(scalar) }
        guard text.unicodeScalars.contains(where: escapes) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard escapes(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// Whether a scalar is a C0 or C1 control character or DEL.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
