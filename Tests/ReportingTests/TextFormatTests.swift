import Foundation
import Reporting
import Testing

@Suite struct TextFormatTests {
    @Test func utcFormattingAgreesWithFoundationOverManyInstants() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let reference = ISO8601DateFormatter()
        reference.formatOptions = [.withInternetDateTime]
        for _ in 0..<2000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Double(state >> 30).truncatingRemainder(dividingBy: 4_102_444_800) - 631_152_000
            let date = Date(timeIntervalSince1970: seconds.rounded(.down))
            #expect(UTCTime.iso(date) == reference.string(from: date))
        }
        #expect(
            UTCTime.iso(UTCTime.instant(year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59))
                == "2024-02-29T23:59:59Z")
        #expect(UTCTime.iso(Date(timeIntervalSince1970: 1.9)) == "1970-01-01T00:00:01Z")
        #expect(
            UTCTime.minute(UTCTime.instant(year: 2025, month: 1, day: 10, hour: 16, minute: 37)) == "2025-01-10T16:37")
        #expect(!UTCTime.isValid(year: 2025, month: 2, day: 29))
        #expect(UTCTime.isValid(year: 2024, month: 2, day: 29))
    }

    @Test func minutesHaveOneDecimalAndNoNegativeZero() {
        #expect(Minutes.decimal(83.25) == "83.3")
        #expect(Minutes.decimal(83.24) == "83.2")
        #expect(Minutes.decimal(0) == "0.0")
        #expect(Minutes.decimal(-0.01) == "0.0")
        #expect(Minutes.decimal(-12.35) == "-12.4")
        #expect(Minutes.decimal(nil) == "")
        #expect(Minutes.decimal(.nan) == "")
        #expect(Minutes.fixed(0.9949932, decimals: 6) == "0.994993")
        #expect(Minutes.fixed(1, decimals: 3) == "1.000")
    }

    @Test func minutesInWordsReadLikeAPersonWould() {
        #expect(Minutes.words(0) == "0 min")
        #expect(Minutes.words(2.5) == "2.5 min")
        #expect(Minutes.words(45) == "45 min")
        #expect(Minutes.words(125) == "2 h 05 min")
        #expect(Minutes.words(3390) == "2 d 9 h")
        #expect(Minutes.words(nil) == "—")
    }

    @Test func markdownEscapingKeepsTablesAndMarkupIntact() {
        #expect(
            MarkdownText.inline("a | b *c* _d_ [e](f) <g> & h &amp;")
                == "a \\| b \\*c\\* \\_d\\_ \\[e\\](f) &lt;g&gt; & h &amp;amp;")
        #expect(MarkdownText.inline("two\nlines\r\n") == "two lines")
        #expect(MarkdownText.code("a`b|c") == "``a`b\\|c``")
        #expect(MarkdownText.link("x", to: "https://e.com/a (b)") == "[x](https://e.com/a%20%28b%29)")
    }

    @Test func anchorsAreStableSlugsMadeUnique() {
        #expect(Anchor.incident(vendor: "Google Cloud", id: "Abc_123/x") == "incident-google-cloud-abc-123-x")
        #expect(
            Anchor.unique([("A", "1"), ("A", "1"), ("a", "1")]) == ["incident-a-1", "incident-a-1-2", "incident-a-1-3"])
        #expect(Anchor.slug("ünï") == "n")
    }
}
