import Foundation
import PropertyBased
import Testing

@testable import Chronology

/// The ASCII shortcuts (word search, the words before a time, title keys, zone lookups, ISO
/// instants) give what the general code gives.
@Suite struct ASCIIShortcutTests {
    @Test func searchesMatchLowercasedContains() async {
        let pieces = Gen<Int>.value(in: 0...(PlainTextTests.alphabet.count - 1)).array(of: 0...30)
        let needles = ["resolved", "timeline", "next day", "(+1)", "day 2", "by", "will"]
        let fraction = Gen<Int>.value(in: 0...100)
        await propertyCheck(count: 2000, input: pieces, fraction) { pieces, at in
            let text = PlainTextTests.text(pieces) + ["Resolved", "TimeLine", "next  day", "NEXT DAY"][at % 4]
            for needle in needles {
                if let fast = ASCIISearch.lowercasedContains(text, needle) {
                    #expect(fast == text.lowercased().contains(needle), "\(text.debugDescription) \(needle)")
                }
            }
            let index = PlainTextTests.range(in: text, at, at).lowerBound
            let old = TextCues.isFuture(before: text[..<index].suffix(40))
            #expect(TextCues.isFuture(in: text, before: index) == old, "\(text.debugDescription)")
            #expect(
                MergeAccount.titleKey(text)
                    == text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                "\(text.debugDescription)")
        }
    }

    @Test func asciiLabelsLookUpAsTheirSpacedForms() {
        let table = ZoneTable.standard
        let labels = [
            "GMT+08:00", "utc-5", "+05:30", "-0800", "US/Pacific", "Europe/Berlin", "Etc/UTC", "pdt", "Pacific",
            "ET", "nonsense", "GMT+99", "America/Nowhere", "UTC+5:30",
        ]
        for label in labels {
            #expect(table.lookup(label) == table.lookup(" \(label)\u{A0}"), "\(label)")
        }
    }

    @Test func isoInstantsMatchTheirParts() async {
        await propertyCheck(count: 500, input: Gen<Int>.value(in: -30_000_000_000...200_000_000_000)) { seconds in
            let instant = Date(timeIntervalSince1970: Double(seconds) + 0.25)
            let local = LocalDateTime(instant: instant, offsetSeconds: 0)
            let c = local.clock
            let expected =
                "\(local.date)T\(WallClock(hour: c.hour, minute: c.minute)!):" + (c.second < 10 ? "0" : "")
                + "\(c.second)Z"
            #expect(InstantText.iso(instant) == expected)
        }
    }
}

/// The parser's quick test for a word that can start an expression lets every such word through.
@Suite struct ExpressionStartTests {
    @Test func everyStartWordPassesTheQuickTest() {
        for word in TimeExpressionParser.startWords { #expect(TimeExpressionParser.mayStart(word), "\(word)") }
        for word in ["the", "we", "at", "utc", "resolved", "investigating", "a", "timestamps"] {
            #expect(!TimeExpressionParser.mayStart(word), "\(word)")
        }
    }
}
