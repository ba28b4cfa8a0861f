/// HTML character references: decimal and hexadecimal ones, and the named ones postmortems use.
///
/// The full HTML5 table has 2,231 names; the common ones below cover typography, currency and
/// arrows. An unknown name stays text, as an invalid reference does in CommonMark.
enum HTMLEntity {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{AD}",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "micro": "µ", "middot": "·", "para": "¶", "sect": "§", "bull": "•", "hellip": "…", "prime": "′",
        "Prime": "″", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“",
        "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "dagger": "†",
        "Dagger": "‡", "permil": "‰", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "lArr": "⇐", "rArr": "⇒",
        "hArr": "⇔", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "infin": "∞", "minus": "−",
        "check": "✓", "cross": "✗", "iexcl": "¡", "iquest": "¿", "frac12": "½", "frac14": "¼", "frac34": "¾",
        "sup1": "¹", "sup2": "²", "sup3": "³", "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯", "acute": "´",
        "cedil": "¸", "uml": "¨", "brvbar": "¦", "eacute": "é", "Eacute": "É", "egrave": "è", "agrave": "à",
        "aacute": "á", "ecirc": "ê", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "ouml": "ö",
        "uuml": "ü", "auml": "ä", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß", "ccedil": "ç",
        "aring": "å", "oslash": "ø", "aelig": "æ", "num": "#", "excl": "!", "percnt": "%", "lpar": "(",
        "rpar": ")", "ast": "*", "plus": "+", "comma": ",", "period": ".", "sol": "/", "colon": ":",
        "semi": ";", "equals": "=", "quest": "?", "commat": "@", "lsqb": "[", "rsqb": "]", "bsol": "\\",
        "lowbar": "_", "grave": "`", "lcub": "{", "rcub": "}", "verbar": "|", "vert": "|", "tilde": "˜",
        "dollar": "$", "Hat": "^", "NewLine": "\n", "Tab": "\t",
    ]

    /// The text of the reference starting with `&` at `index`, and its length in bytes.
    static func decode(_ bytes: [UInt8], at index: Int) -> (String, Int)? {
        var end = index + 1
        guard end < bytes.count else { return nil }
        if bytes[end] == ASCII.hash {
            end += 1
            let hex = end < bytes.count && (bytes[end] | 0x20) == 0x78
            if hex { end += 1 }
            let digitsStart = end
            var value: UInt32 = 0
            while end < bytes.count, end - digitsStart < (hex ? 6 : 7) {
                let byte = bytes[end]
                let digit: UInt32
                if ASCII.isDigit(byte) {
                    digit = UInt32(byte - 0x30)
                } else if hex, (0x61...0x66).contains(byte | 0x20) {
                    digit = UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                value = value * (hex ? 16 : 10) + digit
                end += 1
            }
            guard end > digitsStart, end < bytes.count, bytes[end] == ASCII.semicolon else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(Character(scalar ?? "\u{FFFD}")), end + 1 - index)
        }
        while end < bytes.count, ASCII.isAlphanumeric(bytes[end]), end - index <= 32 { end += 1 }
        guard end < bytes.count, bytes[end] == ASCII.semicolon, end > index + 1 else { return nil }
        guard let text = named[String(decoding: bytes[(index + 1)..<end], as: UTF8.self)] else { return nil }
        return (text, end + 1 - index)
    }
}
