import Utilities

/// Makes source text safe to place in Markdown: inline text and table cells.
public enum MarkdownText {
    /// Escapes characters Markdown would read as markup, HTML or an entity, and folds line breaks to spaces.
    public static func inline(_ text: String) -> String {
        // Most text is plain printable ASCII with nothing to escape: only its ends are trimmed.
        if text.utf8.allSatisfy(isPlain) { return text.trimmingSpaces() }
        return characterInline(text)
    }

    /// `inline` for any text, Character by Character (the reading the shortcut must equal).
    static func characterInline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var lastWasSpace = false
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isNewline || character == "\t" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = character == " "
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~": out += "\\\(character)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&":
                // Only an `&` that could start an entity (`&amp;`, `&#35;`) needs escaping.
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                out += next.isLetter || next == "#" ? "&amp;" : "&"
            default:
                // A control character (an escape, a NUL) is shown, never passed to a renderer or terminal.
                if character.unicodeScalars.contains(where: ControlText.isControl) {
                    out += ControlText.escaped(String(character))
                } else {
                    out.append(character)
                }
            }
        }
        return out.trimmingSpaces()
    }

    /// Inline text that ends like a sentence: a full stop is added when it ends without punctuation.
    public static func sentence(_ text: String) -> String {
        let escaped = inline(text)
        guard let last = escaped.last else { return escaped }
        return ".!?".contains(last) ? escaped : escaped + "."
    }

    /// A whole number with thousands separated by commas: `40,000`.
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// Text in a code span, with backticks that cannot close it: used for codes and times as written.
    public static func code(_ text: String) -> String {
        // Printable ASCII without a backtick or a pipe goes in a plain span as it is.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "|") }) {
            return "`" + text + "`"
        }
        return characterCode(text)
    }

    /// `code` for any text, Character by Character (the reading the shortcut must equal).
    static func characterCode(_ text: String) -> String {
        let flat = ControlText.escaped(
            text.split(whereSeparator: \.isNewline).joined(separator: " ").replacingPipes())
        var fence = "`"
        while flat.contains(fence) { fence += "`" }
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// Whether a byte is printable ASCII that Markdown reads as text (no escape needed inline).
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte <= 0x7E && byte != UInt8(ascii: "\\") && !isMarkup(byte)
    }

    /// Whether a printable ASCII byte is one `inline` escapes (other than the backslash).
    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"),
            UInt8(ascii: "&"):
            return true
        default:
            return false
        }
    }

    /// A link to a URL when its scheme is `http`, `https` or `mailto`; any other (`javascript:`,
    /// `data:`, `vbscript:`, none) is shown as code after the label, never as a live link.
    public static func safeLink(_ label: String, to url: String) -> String {
        let scheme = url.drop { $0.isWhitespace }.prefix { $0 != ":" }.lowercased()
        let linked = ["http", "https", "mailto"].contains(scheme) && url.contains(":")
        return linked ? link(label, to: url) : "\(label) \(code(url))"
    }

    /// A link to a URL, the URL's parentheses and spaces encoded.
    public static func link(_ label: String, to url: String) -> String {
        var target = ""
        for character in url {
            switch character {
            case "(": target += "%28"
            case ")": target += "%29"
            case " ": target += "%20"
            case "|": target += "%7C"
            case "<": target += "%3C"
            case ">": target += "%3E"
            default: target.append(character)
            }
        }
        return "[\(label)](\(target))"
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " && !slice.hasSuffix("\\ ") { slice = slice.dropLast() }
        return String(slice)
    }

    /// A `|` inside a code span still splits a GFM table cell, so it is escaped there too.
    fileprivate func replacingPipes() -> String {
        var out = ""
        for character in self {
            if character == "|" { out += "\\|" } else { out.append(character) }
        }
        return out
    }
}
