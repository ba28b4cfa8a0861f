/// Finds a promise of the next update in an update's text.
///
/// A promise is a sentence that mentions an update (or more/further information) and a relative
/// time: "within the next 30 minutes", "in an hour", "next update in 2 hours", "every 30
/// minutes", "within the next hour", "in half an hour". For a range ("in 30-60 minutes") the
/// later bound is the promise. Deadlines ("by 07:50 US/Pacific") need the zone read by
/// Chronology, so ``CommunicationAnalyzer`` takes them from the reconciled timeline instead.
public struct PromiseReader: Sendable, Hashable {
    /// Creates a reader.
    public init() {}

    /// The first promise in the text: its phrase and the promised minutes.
    public func promise(in text: String) -> (phrase: String, minutes: Double)? {
        for sentence in Self.sentences(text) where Self.mentionsUpdate(sentence) {
            if let found = Self.relative(in: sentence) { return found }
        }
        return nil
    }

    /// Whether a sentence is about the next update.
    static func mentionsUpdate(_ sentence: Substring) -> Bool {
        sentence.contains(/\b(?:updates?|updated|(?:more|further|additional) information)\b/.ignoresCase())
    }

    /// Sentences, split at `.`, `!`, `?` followed by a space, and at line breaks.
    static func sentences(_ text: String) -> [Substring] {
        text.split(separator: /[.!?](?=\s)|\n/).map { $0.trimmingPrefix(while: \.isWhitespace) }
    }

    static func relative(in sentence: Substring) -> (phrase: String, minutes: Double)? {
        let numeric =
            /\b(?:within|in|every)\s+(?:the\s+next\s+|the\s+coming\s+|another\s+|about\s+|approximately\s+|roughly\s+|around\s+)?(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty-five|sixty|ninety)(?:\s*(?:-|–|to|or)\s*(\d+(?:\.\d+)?))?\s*(minutes?|mins?|hours?|hrs?)\b/
            .ignoresCase()
        let nextHour = /\b(?:within|in|over)\s+the\s+(?:next|coming)\s+hour\b/.ignoresCase()
        let halfHour = /\b(?:within|in)\s+(?:the\s+next\s+)?(?:half an hour|a half hour)\b/.ignoresCase()
        var found: [(Substring.Index, String, Double)] = []
        if let match = sentence.firstMatch(of: numeric), let perUnit = NumberWords.minutes(perUnit: match.output.3),
            let low = NumberWords.value(match.output.1)
        {
            let high = match.output.2.flatMap { NumberWords.value($0) } ?? low
            found.append((match.range.lowerBound, String(match.output.0), Swift.max(low, high) * perUnit))
        }
        if let match = sentence.firstMatch(of: nextHour) {
            found.append((match.range.lowerBound, String(match.output), 60))
        }
        if let match = sentence.firstMatch(of: halfHour) {
            found.append((match.range.lowerBound, String(match.output), 30))
        }
        return found.min { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }
}
