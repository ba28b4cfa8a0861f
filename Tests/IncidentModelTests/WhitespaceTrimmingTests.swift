import Foundation
import IncidentModel
import Testing

@Suite struct WhitespaceTrimmingTests {
    /// Scalars on both sides of Foundation's sets: ASCII spaces and controls, Z* separators, U+0085,
    /// zero-width and combining marks, letters.
    static let alphabet: [Unicode.Scalar] = [
        " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}",
        "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{301}", "a", "Z", "-",
        "é", "😀",
    ]

    @Test func matchesFoundationOnEdgeCases() {
        let cases = [
            "", " ", "\t\t", "a", " a ", "\n a \n", "\r\n x \r\n", "\u{A0}x\u{3000}", "\u{2028}x\u{2029}",
            "\u{85}x\u{85}",
            " \u{301}x", "x \u{301}", "\u{200B} x \u{200B}", "  multiple   words  ",
        ]
        for text in cases {
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(
                text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
            let sub = Substring(text)
            #expect(sub.trimmingWhitespace() == sub.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func matchesFoundationOnGeneratedText() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            var scalars = String.UnicodeScalarView()
            for index in 0..<length {
                let pick = Int((state >> UInt64(4 * (index % 14))) & 0xFF) % Self.alphabet.count
                scalars.append(Self.alphabet[pick])
            }
            let text = String(scalars)
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(
                text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
        }
    }
}
