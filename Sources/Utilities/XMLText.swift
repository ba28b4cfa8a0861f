/// Escapes text for XML character data and attribute values (SVG, HTML, JUnit).
public enum XMLText {
    /// What becomes of a tab, line feed or carriage return.
    public enum Whitespace: Sendable {
        /// Each becomes a space (SVG and HTML, where a break means nothing).
        case spaced
        /// Each is kept as it is (character data whose lines matter).
        case kept
        /// Each becomes a character reference (`&#10;`), so an attribute value keeps it.
        case referenced
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, tabs and line breaks as `whitespace` says, and
    /// characters XML 1.0 forbids dropped.
    public static func escape(_ text: String, whitespace: Whitespace = .spaced) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r":
                switch whitespace {
                case .spaced: out.unicodeScalars.append(" ")
                case .kept: out.unicodeScalars.append(scalar)
                case .referenced: out += "&#\(scalar.value);"
                }
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                if allowed { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
