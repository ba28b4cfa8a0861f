/// Whitespace trimming without Foundation.
///
/// `trimmingCharacters(in: .whitespaces)` bridges through `NSString` on Linux and was 11–14% of the
/// time of `postmortem incidents` and `report` on large exports; these give the same results over
/// Unicode scalars directly.
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: the same as
    /// `trimmingCharacters(in: .whitespaces)` with swift-corelibs-foundation (U+0009, the Zs
    /// separators and U+200B).
    public func trimmingWhitespace() -> String {
        trimmingScalars { scalar in
            scalar.value < 0x80 ? scalar.value == 0x20 || scalar.value == 0x09 : Self.isWideSpace(scalar.value)
        }
    }

    /// The text without leading and trailing whitespace and line breaks: the same as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (adds U+000A–U+000D, U+0085, U+2028, U+2029).
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { scalar in
            let value = scalar.value
            if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
            return value == 0x85 || value == 0x2028 || value == 0x2029 || Self.isWideSpace(value)
        }
    }

    /// The non-ASCII members of Foundation's `.whitespaces` on Linux.
    private static func isWideSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private func trimmingScalars(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard trimmed(scalars[last]) else { break }
            end = last
        }
        if start == scalars.startIndex, end == scalars.endIndex, let whole = self as? String { return whole }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
