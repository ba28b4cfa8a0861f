import Foundation
import Testing

@testable import Reporting

/// `MarkdownText` takes a byte-level shortcut for plain ASCII; on any text it must give what the
/// Character-by-Character reading (`characterInline`, `characterCode`) gives.
@Suite struct MarkdownTextFastPathTests {
    /// A small deterministic generator (xorshift64*), so a failure names a reproducible case.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }
    }

    private static let alphabet: [String] = [
        "a", "Z", "7", " ", "  ", "\t", "\n", "\r\n", "\r", "\\", "`", "``", "*", "_", "[", "]", "|", "#", "~", "<",
        ">", "&", "&amp;", "&#35;", "é", "e\u{301}", "\u{00A0}", "\u{2028}", "😀", ".", ",", "-", ":", "(", ")",
    ]

    @Test func theShortcutAgreesWithTheCharacterReading() {
        var random = Generator(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...12, using: &random)
            // Half the cases are plain ASCII, which is what the shortcut takes.
            let pool =
                Bool.random(using: &random) ? Array(Self.alphabet.prefix(4)) + [".", ",", "-", ":"] : Self.alphabet
            let text = (0..<length).map { _ in pool.randomElement(using: &random)! }.joined()
            #expect(MarkdownText.inline(text) == MarkdownText.characterInline(text), "inline \(text.debugDescription)")
            #expect(MarkdownText.code(text) == MarkdownText.characterCode(text), "code \(text.debugDescription)")
        }
    }
}
