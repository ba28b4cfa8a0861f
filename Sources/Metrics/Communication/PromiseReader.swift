import IncidentModel

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
        guard Self.promiseFilter.mayMatch(text) else { return nil }
        for sentence in Self.sentences(text) where Self.updateWords.matches(sentence) {
            if let found = Self.relative(in: sentence) { return found }
        }
        return nil
    }

    /// Sentences, split at `.`, `!`, `?` followed by white space, and at line breaks.
    static func sentences(_ text: String) -> [String] {
        Self.sentenceEnd.replacingMatches(in: text, with: "\n").split(separator: "\n")
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The earliest relative promise in a sentence.
    static func relative(in sentence: String) -> (phrase: String, minutes: Double)? {
        var found: [(String.Index, String, Double)] = []
        if let match = numeric.firstMatch(in: sentence), let amount = match[1], let unit = match[3],
            let perUnit = NumberWords.minutes(perUnit: unit), let low = NumberWords.value(amount)
        {
            let high = match[2].flatMap { NumberWords.value($0) } ?? low
            found.append((match.range.lowerBound, String(match.value), Swift.max(low, high) * perUnit))
        }
        if let match = nextHour.firstMatch(in: sentence) {
            found.append((match.range.lowerBound, String(match.value), 60))
        }
        if let match = halfHour.firstMatch(in: sentence) {
            found.append((match.range.lowerBound, String(match.value), 30))
        }
        return found.min { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    /// What a text holding a promise contains: a word of ``updateWords`` and a unit of ``numeric``,
    /// ``nextHour`` or ``halfHour`` (every sentence is a part of the text).
    static let promiseFilter = KeywordFilter([["update", "information"], ["min", "hour", "hr"]])

    static let updateWords = TextPattern(
        #"\b(?:updates?|updated|(?:more|further|additional) information)\b"#, keywords: [["update", "information"]])

    static let sentenceEnd = TextPattern(#"[.!?](?=\s)|\r"#, keywords: [[".", "!", "?", "\r"]])

    static let numeric = TextPattern(
        #"\b(?:within|in|every)\s+(?:the\s+next\s+|the\s+coming\s+|another\s+|about\s+|approximately\s+|roughly\s+|around\s+)?(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty-five|sixty|ninety)(?:\s*(?:-|–|to|or)\s*(\d+(?:\.\d+)?))?\s*(minutes?|mins?|hours?|hrs?)\b"#,
        keywords: [["in", "every"], ["min", "hour", "hr"]]
    )

    static let nextHour = TextPattern(
        #"\b(?:within|in|over)\s+the\s+(?:next|coming)\s+hour\b"#, keywords: [["next", "coming"], ["hour"]])

    static let halfHour = TextPattern(
        #"\b(?:within|in)\s+(?:the\s+next\s+)?(?:half an hour|a half hour)\b"#, keywords: [["half"]])
}
