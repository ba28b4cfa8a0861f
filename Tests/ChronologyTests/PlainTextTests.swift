import Foundation
import PropertyBased
import Testing

@testable import Chronology

/// The byte scanner `PlainText` reads snippets exactly as the `Character` walk it replaces, on
/// text full of Unicode whitespace, combining marks, CR LF, emoji and other joined clusters.
@Suite struct PlainTextTests {
    /// Pieces random texts are built from: sentence stops, ASCII and Unicode spaces (NBSP, narrow
    /// NBSP, thin space, ideographic space), CR LF, a combining accent, ZWJ and ZWNJ, an emoji with
    /// a variation selector, regional indicators, Hangul jamo, an Arabic prepended mark, Latin-1,
    /// dashes, quotes and CJK.
    static let alphabet: [String] = [
        "a", "Z", "7", " ", " ", ".", ". ", "!", "?", "*", "#", "•", "\n", "\r", "\r\n", "\t", "\u{0B}",
        "\u{A0}", "\u{202F}", "\u{2009}", "\u{3000}", "\u{85}", "\u{2028}", "\u{301}", "e\u{301}", "\u{200D}",
        "\u{200C}", "\u{FE0F}", "👍", "👩‍💻", "🇫🇷", "\u{1100}", "\u{1161}", "\u{600}", "é", "ü", "ã", "—", "’",
        "…", "€", "日本", "—.", "ok", "By", "until", " 10:00 ", "UTC",
    ]

    static func text(_ pieces: [Int]) -> String { pieces.map { alphabet[$0] }.joined() }

    /// A range of whole characters inside a text, from two fractions (a time's range never splits a
    /// character whose neighbours are plain; any other range the scanner hands to the `Character` walk).
    static func range(in text: String, _ a: Int, _ b: Int) -> Range<String.Index> {
        let scalars = Array(text.indices) + [text.endIndex]
        let x = scalars[a * (scalars.count - 1) / 100]
        let y = scalars[b * (scalars.count - 1) / 100]
        return min(x, y)..<max(x, y)
    }

    @Test func snippetsMatchTheCharacterWalk() async {
        let pieces = Gen<Int>.value(in: 0...(Self.alphabet.count - 1)).array(of: 0...40)
        let fraction = Gen<Int>.value(in: 0...100)
        let limit = Gen<Int>.value(in: 1...30)
        await propertyCheck(count: 3000, input: pieces, fraction, fraction, limit) { pieces, a, b, limit in
            let text = Self.text(pieces)
            let range = Self.range(in: text, a, b)
            let old = TextCues.characterSnippet(around: range, in: text, limit: limit)
            #expect(TextCues.snippet(around: range, in: text, limit: limit) == old, "\(text.debugDescription)")
            #expect(
                TextCues.collapsed(text, limit: limit) == TextCues.characterCollapsed(text, limit: limit),
                "\(text.debugDescription)")
        }
    }

    @Test func plainTextUsesTheByteScanner() {
        let text = "Fixed at 10:00\u{A0}UTC. Next\u{202F}update by 11:00 — we’re on it • really."
        let range = text.range(of: "11:00")!
        #expect(PlainText.snippet(around: range, in: text, limit: 240) == "Next update by 11:00 — we’re on it")
        #expect(TextCues.characterSnippet(around: range, in: text) == "Next update by 11:00 — we’re on it")
        #expect(PlainText.collapsed(" a\u{A0}\u{A0}b  ", limit: 3) == "a b")
        #expect(PlainText.collapsed("abcdef", limit: 4) == "abc…")
        #expect(PlainText.collapsed("e\u{301}", limit: 4) == nil)
        let crlf = "a\r\n" + text
        #expect(PlainText.snippet(around: crlf.range(of: "11:00")!, in: crlf, limit: 240) != nil)
        #expect(PlainText.snippet(around: crlf.range(of: "10:00")!, in: crlf, limit: 240) == nil)
    }

    /// Every plain scalar is a `Character` of its own beside ASCII and beside itself, and its
    /// whitespace reading is `Character.isWhitespace`.
    @Test func plainScalarsStandAlone() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x214F]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            if PlainText.isPlain(value) {
                let around = String(["a", character, "a", character, character, ".", character, "\n"])
                #expect(around.count == 8, "U+\(String(value, radix: 16))")
                #expect(PlainText.isWhitespace(value) == character.isWhitespace, "U+\(String(value, radix: 16))")
            }
        }
        #expect(!PlainText.isPlain(0x0D))
        #expect(!PlainText.isPlain(0x200D))
        #expect(!PlainText.isPlain(0x301))
    }
}
