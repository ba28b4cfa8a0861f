/// A set of Unicode scalars as ICU's case-insensitive matching sees it, tested on UTF-8.
///
/// ASCII members are a 128-bit mask that already holds both cases of a letter (`[sd]` holds `s`,
/// `S`, `d`, `D`). Scalars outside ASCII are tested by one of a few rules (`\w`, `\d`, `\s`,
/// `.`…), with ICU's definitions: word = `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D]`, digit =
/// `\p{Nd}`, space = `\p{White_Space}`, and `.` = anything but a line terminator (U+000A–U+000D,
/// U+0085, U+2028, U+2029). Scalars that case-fold to ASCII letters (``KeywordFilter/foldsToASCII``)
/// are not handled here: a text holding one goes to ICU.
struct ScalarClass: Sendable {
    /// What a scalar outside ASCII must be to belong to the set.
    enum Wide: Sendable {
        case none, all, word, notWord, digit, space, notLineTerminator
    }

    /// ASCII members 0–63.
    var low: UInt64 = 0
    /// ASCII members 64–127.
    var high: UInt64 = 0
    /// The rule for scalars outside ASCII.
    var wide: Wide = .none

    /// Whether an ASCII byte is a member.
    @inline(__always) func contains(ascii byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : high & (1 << UInt64(byte &- 64)) != 0
    }

    /// Whether a scalar outside ASCII is a member.
    func contains(wide scalar: UInt32) -> Bool {
        switch wide {
        case .none: false
        case .all: true
        case .word: Self.isWord(scalar)
        case .notWord: !Self.isWord(scalar)
        case .digit: Unicode.Scalar(scalar).map { $0.properties.generalCategory == .decimalNumber } ?? false
        case .space: Unicode.Scalar(scalar).map { $0.properties.isWhitespace } ?? false
        case .notLineTerminator: !Self.isLineTerminator(scalar)
        }
    }

    /// Adds an ASCII byte, and its other case when it is a letter.
    mutating func insert(_ byte: UInt8) {
        for member in [byte, Self.otherCase(byte)] {
            if member < 64 { low |= 1 << UInt64(member) } else { high |= 1 << UInt64(member - 64) }
        }
    }

    /// The empty set.
    init() {}

    /// The set of every ASCII byte `member` accepts.
    init(wide: Wide, ascii member: (UInt8) -> Bool) {
        self.wide = wide
        for byte in UInt8(0)..<128 where member(byte) { insert(byte) }
    }

    /// The complement (for `[^…]`), with scalars outside ASCII all in when none were.
    var inverted: ScalarClass {
        var result = self
        result.low = ~low
        result.high = ~high
        result.wide = wide == .none ? .all : .none
        return result
    }

    /// `\w`.
    static let word = ScalarClass(wide: .word) { isASCIIWord($0) }
    /// `\W`.
    static let notWord = ScalarClass(wide: .notWord) { !isASCIIWord($0) }
    /// `\d`.
    static let digit = ScalarClass(wide: .digit) { $0 >= 0x30 && $0 <= 0x39 }
    /// `\s`.
    static let space = ScalarClass(wide: .space) { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    /// `.` without `dotMatchesLineSeparators`.
    static let dot = ScalarClass(wide: .notLineTerminator) { $0 < 0x0A || $0 > 0x0D }

    /// The other case of an ASCII letter, else the byte.
    static func otherCase(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A: byte ^ 0x20
        default: byte
        }
    }

    /// `[A-Za-z0-9_]`.
    static func isASCIIWord(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }

    /// ICU's word set: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200C\u200D]`.
    static func isWord(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return isASCIIWord(UInt8(scalar)) }
        if scalar == 0x200C || scalar == 0x200D { return true }
        guard let value = Unicode.Scalar(scalar) else { return false }
        let properties = value.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// Whether ICU's `\b` looks through the scalar (Grapheme_Extend or a format character).
    static func isTransparent(_ scalar: UInt32) -> Bool {
        guard scalar >= 0x80, let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isGraphemeExtend || value.properties.generalCategory == .format
    }

    /// ICU's line terminators: U+000A–U+000D, U+0085, U+2028, U+2029.
    static func isLineTerminator(_ scalar: UInt32) -> Bool {
        (scalar >= 0x0A && scalar <= 0x0D) || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
    }
}
