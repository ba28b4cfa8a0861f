import Foundation
import Testing

@testable import Ingest

/// The byte test that lets the sniffer skip the aggregator-text reading of a postmortem never skips
/// a text that has an update line.
@Suite struct AggregatorSniffShortcutTests {
    static let pieces: [String] = [
        "- ", "-", "1.", "12. ", "١.", " ", "\t", "\u{A0}", "investigating ", "resolved ", "update ", "Update ",
        "in progress ", "Jan 10, 2025, 05:04 PM UTC", "10:00", "\n", "\r\n", "\r", "x", "é", ".", "\u{301}",
    ]

    @Test func aSkippedTextHasNoUpdateLine() {
        var random = FeedByteScannerTests.Mixer(state: 7)
        var passed = 0
        for _ in 0..<20_000 {
            let count = random.next(10)
            let text = (0..<count).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            let full = TextLines(text).lines.contains { AggregatorTextReader.updateLine($0.text) != nil }
            if AggregatorTextReader.mayHoldUpdateLine(text) {
                passed += 1
            } else {
                #expect(!full, "\(text.debugDescription)")
            }
        }
        #expect(passed > 100)
    }

    @Test func aPostmortemIsSkippedAndAnExportIsNot() {
        let postmortem = "# Outage\n\n## Timeline\n\n- 14:05 UTC alerts fire\n1. Update the runbook\n"
        #expect(!AggregatorTextReader.mayHoldUpdateLine(postmortem))
        let export = "API outage\n\n  - investigating Jan 10, 2025, 04:37 PM UTC\nWe are looking.\n"
        #expect(AggregatorTextReader.mayHoldUpdateLine(export))
        #expect(AggregatorTextReader.looksLikeAggregator(export))
        #expect(AggregatorTextReader.mayHoldUpdateLine("3.  resolved Jan 10, 2025, 05:04 PM UTC\r\n"))
    }
}

/// The other byte shortcuts of reading: whitespace collapsing and the page-text marker search.
@Suite struct ReadingByteShortcutTests {
    static let pieces: [String] = [
        "a", "Z", "7", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "-", "#", "é", "\u{A0}", "\u{301}",
        "Incident Report for ", "Incident Report for\u{301} ", "x",
    ]

    @Test func asciiCollapseEqualsTheCharacterWalk() {
        var random = FeedByteScannerTests.Mixer(state: 11)
        for _ in 0..<20_000 {
            let text = (0..<random.next(12)).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            #expect(InlineText.collapse(text) == InlineText.characterCollapse(text), "\(text.debugDescription)")
        }
    }

    @Test func markerSearchFindsWhatContainsFinds() {
        var random = FeedByteScannerTests.Mixer(state: 13)
        for _ in 0..<5_000 {
            let text = (0..<random.next(8)).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            let bytes = StatuspagePageTextReader.utf8Contains(text, "Incident Report for ")
            let haystack = Array(text.utf8)
            let needle = Array("Incident Report for ".utf8)
            let expected = haystack.indices.contains { haystack[$0...].starts(with: needle) }
            #expect(bytes == expected, "\(text.debugDescription)")
            if !bytes { #expect(!StatuspagePageTextReader.looksLikePageText(text)) }
        }
    }
}
