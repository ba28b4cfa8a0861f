import Foundation
import TestSupport
import Testing

@testable import Metrics

/// The keyword prefilter and the byte matcher of every built-in `TextPattern` change no match.
@Suite struct TextPatternPrefilterTests {
    /// Every built-in pattern, named.
    static let patterns: [(name: String, pattern: TextPattern)] = [
        ("CommunicationAnalyzer.deadlineWords", CommunicationAnalyzer.deadlineWords),
        ("PromiseReader.updateWords", PromiseReader.updateWords),
        ("PromiseReader.sentenceEnd", PromiseReader.sentenceEnd),
        ("PromiseReader.numeric", PromiseReader.numeric),
        ("PromiseReader.nextHour", PromiseReader.nextHour),
        ("PromiseReader.halfHour", PromiseReader.halfHour),
        ("OffDateFinder.quotePattern", OffDateFinder.quotePattern),
        ("OffDateFinder.datePattern", OffDateFinder.datePattern),
        ("StatedWindowReader.describing", StatedWindowReader.describing),
        ("StatedWindowReader.connective", StatedWindowReader.connective),
        ("StatedWindowReader.endWords", StatedWindowReader.endWords),
        ("LifecycleReading.closingWords", LifecycleReading.closingWords),
        ("LifecycleClassifier.tagPattern", LifecycleClassifier.tagPattern),
        ("LifecycleClassifier.detectedWords", LifecycleClassifier.detectedWords),
        ("LifecycleClassifier.identifiedWords", LifecycleClassifier.identifiedWords),
        ("LifecycleClassifier.mitigationWords", LifecycleClassifier.mitigationWords),
        ("LifecycleClassifier.resolvedWords", LifecycleClassifier.resolvedWords),
        ("LifecycleClassifier.impactWords", LifecycleClassifier.impactWords),
        ("IncidentMeasurer.wholeIncidentHeading", IncidentMeasurer.wholeIncidentHeading),
        ("DurationPhraseReader.length", DurationPhraseReader.length),
        ("DurationPhraseReader.cueBefore", DurationPhraseReader.cueBefore),
        ("DurationPhraseReader.bareCue", DurationPhraseReader.bareCue),
        ("DurationPhraseReader.promiseWordBefore", DurationPhraseReader.promiseWordBefore),
        ("DurationPhraseReader.offsetAfter", DurationPhraseReader.offsetAfter),
        ("DurationPhraseReader.cueAfter", DurationPhraseReader.cueAfter),
    ]

    /// Hand-made texts at the edges: case, characters that fold to ASCII, anchors.
    static let edgeTexts: [String] = [
        "", "RESOLVED", "  Resolved: all good", "We are ROLLING BACK the deploy", "[Impact-Start] errors",
        "ba\u{212A} to normal", "\u{17F}caling up", "ful\u{FB02}y restored", "\u{130}dentified", "fai\u{131}ed",
        "Next UPDATE within 30 MINUTES.", "in half an hour", "for ", "over\t", "lasting about 2 hrs of downtime",
        "until approximately the ", "text -> 2024-01-02", "\"quoted\"", "ended at ", "in\r\nthe next hour",
    ]

    /// The texts checked: the edge texts and every file under `Fixtures/` (whole and by line), the
    /// shared GitHub incidents' strings when present, each also lowercased, plus the windows
    /// `DurationPhraseReader` and `StatedWindowReader` cut around lengths and digits.
    static func texts() throws -> [String] {
        var texts = Set(edgeTexts)
        let files = FileManager.default.enumerator(at: FixturePaths.fixtures, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            texts.insert(text)
            for line in text.split(whereSeparator: \.isNewline) { texts.insert(String(line)) }
        }
        if let shared = FixturePaths.sharedFixture("statuspage-json/github-incidents") {
            for name in try FileManager.default.contentsOfDirectory(atPath: shared.path) where name.hasSuffix(".json") {
                let data = try Data(contentsOf: shared.appendingPathComponent(name))
                collectStrings(try JSONSerialization.jsonObject(with: data), into: &texts)
            }
        }
        var all = Set<String>()
        for text in texts {
            let lower = text.lowercased()
            all.insert(text)
            all.insert(lower)
            for match in DurationPhraseReader.length.unfiltered.matches(in: lower) {
                let before = String(lower[..<match.range.lowerBound].suffix(60))
                all.insert(before)
                all.insert(String(lower[match.range.upperBound...].prefix(40)))
                if let cue = DurationPhraseReader.cueBefore.unfiltered.firstMatch(in: before) {
                    all.insert(String(before[..<cue.range.lowerBound]))
                    all.insert(String(cue.value))
                }
            }
            var previous: Character = " "
            for index in lower.indices {
                if lower[index].isNumber && !previous.isNumber { all.insert(String(lower[..<index].suffix(40))) }
                previous = lower[index]
            }
        }
        return all.sorted()
    }

    /// Every string in a JSON value.
    static func collectStrings(_ value: Any, into texts: inout Set<String>) {
        switch value {
        case let string as String: texts.insert(string)
        case let array as [Any]: for element in array { collectStrings(element, into: &texts) }
        case let object as [String: Any]: for element in object.values { collectStrings(element, into: &texts) }
        default: break
        }
    }

    /// A match as UTF-8 offsets: the whole match, then each group (`-` when it took no part).
    static func describe(_ match: TextPattern.Match, in text: String) -> String {
        func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.utf8.startIndex, to: index) }
        return match.groups.map { group in group.map { "\(offset($0.startIndex))..<\(offset($0.endIndex))" } ?? "-" }
            .joined(separator: ",")
    }

    /// The texts, read once for every pattern's run.
    static let sharedTexts: Result<[String], any Error> = Result { try texts() }

    /// The prefilter and the byte matcher together give ICU's matches (`unfiltered` is ICU alone);
    /// one run per pattern, so the runs go in parallel.
    @Test(arguments: patterns.indices)
    func matchesAreTheSameWithAndWithoutThePrefilter(index: Int) throws {
        let texts = try Self.sharedTexts.get()
        #expect(texts.count > 100)
        let (name, pattern) = Self.patterns[index]
        let plain = pattern.unfiltered
        var skipped = 0
        for text in texts {
            let filtered = pattern.matches(in: text).map { Self.describe($0, in: text) }
            let expected = plain.matches(in: text).map { Self.describe($0, in: text) }
            #expect(filtered == expected, "\(name) on \(text.debugDescription)")
            if !pattern.mayMatch(text) { skipped += 1 }
        }
        // Every prefilter but the always-on ones rules some texts out.
        if pattern.filter != nil { #expect(skipped > 0, "\(name) never skips a text") }
    }

    @Test func characterFoldingToASCIIAlwaysPasses() {
        let filter = KeywordFilter([["normal"]])
        #expect(!filter.mayMatch("back to norm"))
        #expect(filter.mayMatch("Back To NORMAL"))
        #expect(filter.mayMatch("ba\u{212A} to norm"))
        #expect(filter.mayMatch("\u{FB00}"))
        #expect(!filter.mayMatch("caf\u{E9} \u{2013} norm"))
        #expect(KeywordFilter([["a"], ["b"]]).mayMatch("b then A"))
        #expect(!KeywordFilter([["a"], ["b"]]).mayMatch("only A"))
    }

    @Test func foldingSetCoversEveryScalarWhoseCaseMappingHasAnASCIILetter() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            let mappings = [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping]
            let hasASCIILetter = mappings.contains { mapping in
                mapping.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            }
            if hasASCIILetter { #expect(KeywordFilter.foldsToASCII.contains(value), "U+\(String(value, radix: 16))") }
        }
    }
}
