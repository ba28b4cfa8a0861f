import Foundation
import PropertyBased
import Testing

@testable import Metrics

/// The whole-text shortcuts (a promise's keywords, a length's unit, a line without wording) skip
/// only texts where the full reading, done by ICU, finds nothing.
@Suite struct PrefilterPropertyTests {
    /// The cues as `LifecycleClassifier.cues(in:)` read them before its shortcut, through ICU.
    static func referenceCues(_ text: String) -> [LifecycleCue] {
        var cues: [LifecycleCue] = []
        if let match = LifecycleClassifier.tagPattern.unfiltered.firstMatch(in: text), let name = match[1] {
            let key = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(
                of: " ", with: "_")
            if let kind = LifecycleEvent.Kind(rawValue: key), let cueKind = LifecycleClassifier.cueKind(for: kind) {
                cues.append(LifecycleCue(kind: cueKind, rule: .tag(match.value.lowercased()), isTag: true))
            }
        }
        let lower = text.lowercased()
        var rest = lower
        let resolved = LifecycleClassifier.resolvedWords.unfiltered
        let mitigation = LifecycleClassifier.mitigationWords.unfiltered
        if let word = resolved.firstMatch(in: lower) {
            cues.append(LifecycleCue(kind: .resolved, rule: .wording(String(word.value))))
            rest = resolved.replacingMatches(in: rest, with: " ")
        }
        if let word = mitigation.firstMatch(in: lower) {
            cues.append(LifecycleCue(kind: .mitigation, rule: .wording(String(word.value))))
            rest = mitigation.replacingMatches(in: rest, with: " ")
        }
        if let word = LifecycleClassifier.detectedWords.unfiltered.firstMatch(in: lower) {
            cues.append(LifecycleCue(kind: .detected, rule: .wording(String(word.value))))
        }
        if let word = LifecycleClassifier.identifiedWords.unfiltered.firstMatch(in: lower) {
            cues.append(LifecycleCue(kind: .identified, rule: .wording(String(word.value))))
        }
        if let word = LifecycleClassifier.impactWords.unfiltered.firstMatch(in: rest) {
            cues.append(LifecycleCue(kind: .impact, rule: .wording(String(word.value))))
        }
        return cues
    }

    /// Whether some sentence holds a promise, read through ICU without the whole-text filter.
    static func referenceHoldsPromise(_ text: String) -> Bool {
        let sentences = PromiseReader.sentenceEnd.unfiltered.replacingMatches(in: text, with: "\n")
            .split(separator: "\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return sentences.contains { sentence in
            PromiseReader.updateWords.unfiltered.matches(sentence)
                && (PromiseReader.numeric.unfiltered.matches(sentence)
                    || PromiseReader.nextHour.unfiltered.matches(sentence)
                    || PromiseReader.halfHour.unfiltered.matches(sentence))
        }
    }

    static func check(_ text: String) {
        #expect(LifecycleClassifier().cues(in: text) == referenceCues(text), "\(text.debugDescription)")
        if !DurationPhraseReader.mayHoldLength(text) {
            #expect(
                DurationPhraseReader.length.unfiltered.matches(in: text.lowercased()).isEmpty,
                "\(text.debugDescription)")
        }
        if !PromiseReader.promiseFilter.mayMatch(text) {
            #expect(!referenceHoldsPromise(text), "\(text.debugDescription)")
        }
    }

    @Test func randomTextsReadAsWithoutTheShortcuts() async {
        await propertyCheck(count: 1500, input: BytePatternTests.texts) { text in Self.check(text) }
    }

    @Test(arguments: [
        "", "5h", "5H.", "5 hrs", "5hx", "I'm", "10 a.m.", "HALF AN HOUR", "half an hou", "5\u{212A}", "ho\u{17F}",
        "Next UPDATE in 1 HOUR", "update in 30 mins", "further information within the next hour", "updates: 45 min",
        "ROLLED BACK, then errors", "with team from", "a half hour", "ah.", "forty -\thours", "xan hour", "5 - m",
        "FORTY-FIVE-MINUTES", "twelve\u{A0}h", "\u{663}h", "Resolved: errors gone", "\u{130}dentified",
        "[Detected] paged",
    ])
    func edgeTextsReadAsWithoutTheShortcuts(text: String) {
        Self.check(text)
    }

    @Test func theShortcutsSkipTextsWithoutTheirWords() {
        #expect(!DurationPhraseReader.mayHoldLength("We are investigating; more soon."))
        #expect(DurationPhraseReader.mayHoldLength("It lasted 2h."))
        #expect(!DurationPhraseReader.mayHoldLength("Traffic from the team, with them, at 10:00."))
        #expect(DurationPhraseReader.mayHoldLength("for an hour"))
        #expect(!PromiseReader.promiseFilter.mayMatch("We will post an update soon."))
        #expect(PromiseReader.promiseFilter.mayMatch("Next update in 30 minutes."))
    }
}
