import Foundation
import IncidentModel
import Testing

@testable import Chronology

/// Reading the times of a text grows linearly with the text, however its time phrases repeat.
///
/// The steps the scans take (tokens, positions tried, bytes and scalars walked, counted by `WorkMeter`)
/// at twice the text are at most a little over twice as many. Counted, never timed.
@Suite struct TimeReadingLinearityTests {
    /// Phrases that made reading quadratic: each time lent its paragraph's zone by searching every
    /// other time, and each time's sentence was walked from its start again.
    static let phrases = ["10:10 UTC EST ", "between 10:10 and ", "Jan 10, 2025, ", "at 10:10, then 11:20 UTC. "]

    /// The steps to read `text` as a postmortem line is read: its times, then each one's sentence.
    private func steps(_ text: String) -> (steps: Int, found: Int) {
        let meter = WorkMeter()
        let found = WorkMeter.$current.withValue(meter) {
            let reader = TimeExpressionReader()
            var context = ReadingContext(place: .init(file: "linear.md", line: 1))
            let found = reader.read(text, context: &context)
            let snippets = TextCues.snippets(around: found.map(\.range), in: text)
            #expect(snippets.count == found.count)
            return found.count
        }
        return (meter.steps, found)
    }

    /// Checks that reading `phrase` repeated to `bytes` takes at most a little over twice the
    /// steps of reading it repeated to half as many.
    private func expectLinear(_ phrase: String, upTo bytes: Int) {
        let half = String(repeating: phrase, count: bytes / 2 / phrase.utf8.count)
        let (small, foundSmall) = steps(half)
        let (large, foundLarge) = steps(half + half)
        #expect(foundSmall > 1_000 && foundLarge == 2 * foundSmall, "\(foundSmall) then \(foundLarge) times")
        #expect(large <= small * 21 / 10, "\(small) steps at \(bytes / 2) bytes, \(large) at \(bytes)")
        #expect(large >= small * 19 / 10, "the meter missed work: \(small) then \(large)")
    }

    @Test(arguments: phrases)
    func doublingEachPhraseDoublesTheSteps(_ phrase: String) {
        expectLinear(phrase, upTo: 64 << 10)
    }

    @Test func doublingAllPhrasesToOneMegabyteDoublesTheSteps() {
        expectLinear(Self.phrases.joined(), upTo: 1 << 20)
    }

    @Test func snippetsOfTimesInOneSentenceAreTheSnippetsOneByOne() {
        let text = "All good. Between 10:10 and 10:20 UTC, then at 11:00 and 11:05 the queue grew. Fixed at 12:00."
        let found = TimeExpressionReader().read(text, context: ReadingContext(place: .init(file: "s.md")))
        #expect(found.count == 4)
        #expect(
            TextCues.snippets(around: found.map(\.range), in: text)
                == found.map { TextCues.characterSnippet(around: $0.range, in: text) })
    }
}
