import Foundation
import PropertyBased
import Testing

@testable import Metrics

/// The byte matcher finds what ICU finds, for every built-in pattern, on random adversarial texts.
@Suite struct BytePatternTests {
    /// Pieces the random texts are made of: the patterns' own words and near misses, separators,
    /// and scalars that test ICU's definitions (NBSP, line terminators, a combining accent, format
    /// characters, non-ASCII letters and digits, and scalars that case-fold to ASCII).
    static let pieces: [String] = [
        "resolved", "resolution", "declared", "marked", "as", "set to", "incident", "issue", "is", "was", "has been",
        "back to normal", "returned", "fully", "restored", "recovered", "full recovery", "impact", "ends", "ended",
        "is over", "rolled back", "rolling back", "rollback", "reverted", "scaled", "scaling up", "failed over",
        "failover", "restarted", "mitigat", "mitigated", "workaround", "applied", "deployed", "a fix", "the fix",
        "alerted", "alerts", "fire", "fired", "triggered", "went off", "alarm", "paged", "pages", "the", "an",
        "on-call", "detected", "reported", "reports of", "notified", "noticed", "became aware", "identified",
        "root cause", "found", "determined", "cause", "error", "errors", "failing", "latency", "degraded", "outage",
        "unavailable", "disruption", "impacted", "increased", "spike", "surge", "delayed", "slow", "elevated",
        "time out", "timeouts", "timing out", "unable to", "no longer ", "experienced", "experiencing", "issues",
        "problems", "difficulties", "observed", "users", "customers", "[impact_start]", "[impact-start]",
        "[impact start]", "[detected]", "[resolved]", "[mitigated]", "[identified]", "summary", "what happened",
        "overview", "lasting", "lasted", "for", "over", "span", "period", "of", "approximately", "approx.", "about",
        "roughly", "around", "nearly", "just over", "~", "within", "in", "next", "every", "after", "by", "until",
        "than", "up to", "before", "later", "ago", "into", "from now", "downtime", "degradation", "long", "hours",
        "hour", "hrs", "hr", "h", "minutes", "min", "mins", "m", "and", "half an hour", "a half hour", "a", "one",
        "two", "five", "fifteen", "forty-five", "forty", "ninety", "1", "2.5", "30", "1.2", "45", "update",
        "updates", "updated", "more information", "further", "coming", "another", "or", "to", "\u{2013}", "-",
        "text", "\u{2192}", "->", "2024-01-02", "\"", "between", "from", "till", "through", "began", "ending at",
        "ended by", "problem", "event", "now", "operating normally", "are",
        " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{2028}", "\u{85}", "\u{0C}", ".", "!", "?", ",",
        ":", "(", ")", "_", "\u{E9}", "e\u{301}", "\u{301}", "\u{AD}", "\u{200D}", "\u{200B}", "\u{663}", "\u{FF15}",
        "\u{3A9}", "\u{FC}", "\u{65E5}", "\u{1F600}", "\u{212A}", "\u{DF}", "\u{17F}", "\u{130}", "\u{FB01}",
    ]

    /// A random text: up to 16 pieces, each lowercase, uppercase or capitalised.
    static let texts = Gen<Int>.value(in: 0...(pieces.count * 3 - 1)).array(of: 0...16).map { picks in
        picks.map { pick -> String in
            let piece = pieces[pick % pieces.count]
            switch pick / pieces.count {
            case 0: return piece
            case 1: return piece.uppercased()
            default: return piece.prefix(1).uppercased() + piece.dropFirst()
            }
        }.joined()
    }

    /// Matches, first match, yes/no and replacement agree with ICU's.
    static func check(_ text: String) {
        for (name, pattern) in TextPatternPrefilterTests.patterns {
            let icu = pattern.unfiltered
            let found = pattern.matches(in: text).map { TextPatternPrefilterTests.describe($0, in: text) }
            let expected = icu.matches(in: text).map { TextPatternPrefilterTests.describe($0, in: text) }
            #expect(found == expected, "\(name) on \(text.debugDescription)")
            #expect(pattern.matches(text) == icu.matches(text), "\(name) on \(text.debugDescription)")
            let first = pattern.firstMatch(in: text).map { TextPatternPrefilterTests.describe($0, in: text) }
            let icuFirst = icu.firstMatch(in: text).map { TextPatternPrefilterTests.describe($0, in: text) }
            #expect(first == icuFirst, "\(name) first match on \(text.debugDescription)")
            let replaced = pattern.replacingMatches(in: text, with: " ")
            #expect(replaced == icu.replacingMatches(in: text, with: " "), "\(name) on \(text.debugDescription)")
        }
    }

    @Test func randomTextsMatchAsICUMatchesThem() async {
        await propertyCheck(count: 1500, input: Self.texts) { text in Self.check(text) }
    }

    @Test(arguments: [
        "", "x", "ab\u{301}c", "Resolved\r\n", "for \n", "for \r\n", "for \r", "for \u{2028}", "for \n\n",
        "in\u{AD}the next hour", "no longer experiencing issues", "no longer  experiencing issues",
        "experiencing some more slow issues", "observed a b c d issues", "scal\u{E9}d", "\u{E9}rrors", "errors\u{301}",
        "5\u{A0}hours", "\u{663} hours", "1.5.2 hours", "forty-fivehours", "a half hour", "half an hour.",
        "updates \u{2028} by", "update\u{85}until", "text \u{2192} 2024-01-02", "text->2024-01-022", "\"\"", "\"a\"b\"",
        "We expect it in 30\u{2013}60 mins", "root cause has been confirmed", "[IMPACT START]", "ba\u{212A} to normal",
        "stra\u{DF}e resolved", "\u{17F}caled",
    ])
    func edgeTextsMatchAsICUMatchesThem(text: String) {
        Self.check(text)
    }

    @Test func aTextWithAScalarFoldingToASCIIGoesToICU() {
        let pattern = LifecycleClassifier.resolvedWords
        #expect(pattern.byteMatches(in: "back to normal", limit: 1) != nil)
        #expect(pattern.byteMatches(in: "ba\u{212A} to normal", limit: 1) == nil)
        #expect(pattern.matches("BAC\u{212A} TO NORMAL"))
    }

    @Test func boundariesFollowICU() {
        func boundary(_ text: String, _ offset: Int) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { BytePattern.isBoundary($0, at: offset) }
        }
        #expect(boundary("ab", 0) && boundary("ab", 2) && !boundary("ab", 1))
        // Before a combining accent: never; after it, the letter before the accent counts.
        #expect(!boundary("e\u{301} x", 1))
        #expect(boundary("e\u{301} x", 3))
        #expect(!boundary("\u{E9}t\u{E9}", 2))
    }
}
