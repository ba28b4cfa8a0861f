import IncidentModel

/// Finds durations stated in prose: "approximately 3 hours", "lasting 1h 52m", "~2.5 hours",
/// "for about five hours", "over the span of approximately 3 hours", "45 minutes of downtime".
///
/// A length (digits or a number word, then hours/minutes, or `1h 52m`, or "half an hour") counts
/// as a stated duration only with a cue: before it, `lasting`/`lasted`/`for`/`over`/`span of`/
/// `period of`/`duration of`/`total of` (`lasted for` too) and/or `approximately`/`about`/`roughly`/`around`/
/// `nearly`/`almost`/`~`; or after it, `of downtime|impact|degradation|disruption|errors|…` or
/// `outage|incident|disruption`. It is **not** one when a promise or offset word comes right
/// before it (`within`, `in`, `next`, `every`, `after`, `by`, `until`, `than`) or an offset word
/// right after it (`after`, `before`, `later`, `earlier`, `ago`, `into`).
public struct DurationPhraseReader: Sendable, Hashable {
    /// Creates a reader.
    public init() {}

    /// Each stated duration, in text order: the phrase with its cue, and the minutes.
    ///
    /// With `strict`, a bare `for` or `over` is not cue enough ("we will monitor for 30
    /// minutes"): update bodies are read this way, postmortem prose is not.
    public func durations(in text: String, strict: Bool = false) -> [(phrase: String, minutes: Double)] {
        guard Self.mayHoldLength(text) else { return [] }
        let lower = text.lowercased()
        var found: [(phrase: String, minutes: Double)] = []
        for match in Self.length.matches(in: lower) {
            var minutes: Double
            if match[4] != nil {
                minutes = 30
            } else {
                guard let amount = match[1].flatMap({ NumberWords.value($0) }),
                    let unit = match[2].flatMap({ NumberWords.minutes(perUnit: $0) })
                else { continue }
                minutes = amount * unit
                if let extra = match[3].flatMap({ Double($0) }) { minutes += extra }
            }
            let before = String(lower[..<match.range.lowerBound].suffix(60))
            let after = String(lower[match.range.upperBound...].prefix(40))
            guard let cue = Self.cueBefore.firstMatch(in: before) else { continue }
            let uncued = String(before[..<cue.range.lowerBound])
            if Self.promiseWordBefore.matches(uncued) || Self.offsetAfter.matches(after) { continue }
            let hasAfterCue = Self.cueAfter.matches(after)
            guard !cue.value.isEmpty || hasAfterCue else { continue }
            if strict && !hasAfterCue && Self.bareCue.matches(String(cue.value)) { continue }
            let phrase = String(cue.value) + String(match.value)
            found.append((phrase.trimmingWhitespace(), minutes))
        }
        return found
    }

    /// Whether the text may hold a ``length``.
    ///
    /// It may when it has a unit (`hours`, `hour`, `hrs`, `hr`, `h`,
    /// `minutes`, `minute`, `mins`, `min`, `m`, any case) not followed by an ASCII letter, digit or
    /// `_` (a match ends in a unit and `\b`) and preceded, past spaces and one hyphen, by a digit,
    /// a byte outside ASCII, or one of ``amountWords`` (or `half`) that starts a word; or it holds a
    /// scalar that case-folds to ASCII letters. `with`, `from`, `team` are not lengths.
    ///
    /// One pass over the UTF-8 bytes; the text itself, not its lowercased copy, is read (lowercasing
    /// gives ASCII letters only for ASCII letters and the scalars that fold to them).
    static func mayHoldLength(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for index in bytes.indices {
                let byte = bytes[index] | 0x20
                if byte == 0x68 || byte == 0x6D {
                    let units = byte == 0x68 ? hourUnits : minuteUnits
                    if units.contains(where: { holds($0, in: bytes, at: index) }), amountEnds(in: bytes, before: index)
                    {
                        return true
                    }
                } else if bytes[index] >= 0xC0, KeywordFilter.foldsToASCII(bytes, at: index) {
                    return true
                }
            }
            return false
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }

    /// The number words of ``length``, and `half` (of `a half hour`).
    static let amountWords = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty-five", "forty", "fifty", "sixty", "ninety", "half",
    ]

    private static let amountBytes: [[UInt8]] = amountWords.map { Array($0.utf8) }
    private static let hourUnits: [[UInt8]] = ["hours", "hour", "hrs", "hr", "h"].map { Array($0.utf8) }
    private static let minuteUnits: [[UInt8]] = ["minutes", "minute", "mins", "min", "m"].map { Array($0.utf8) }

    /// Whether `unit` (lowercase ASCII) is at `index`, any case, with no ASCII word byte after it.
    private static func holds(_ unit: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let end = index + unit.count
        guard end <= bytes.count else { return false }
        for offset in unit.indices where BytePattern.lower(bytes[index + offset]) != unit[offset] { return false }
        return end == bytes.count || !ScalarClass.isASCIIWord(bytes[end])
    }

    /// Whether an amount may end before `index`, past ASCII spaces, one `-` and spaces: a digit, a
    /// byte outside ASCII (a space or digit there), or an amount word not preceded by an ASCII
    /// letter, digit or `_`.
    private static func amountEnds(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var end = index
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        if end > 0, bytes[end - 1] == 0x2D {
            end -= 1
            while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        }
        guard end > 0 else { return false }
        let last = bytes[end - 1]
        if last >= 0x80 || (0x30...0x39).contains(last) { return true }
        return amountBytes.contains { word in
            let start = end - word.count
            guard start >= 0 else { return false }
            for offset in word.indices where BytePattern.lower(bytes[start + offset]) != word[offset] { return false }
            return start == 0 || !ScalarClass.isASCIIWord(bytes[start - 1])
        }
    }

    /// A length: amount (1), unit (2), extra minutes (3), or "half an hour" (4).
    static let length = TextPattern(
        #"\b(?:(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety)\s*-?\s*(hours?|hrs?|h|minutes?|mins?|m)\b(?:\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)\b)?|(half an hour|a half hour)\b)"#
    )

    /// The cue words right before a length (may match empty; then a cue after is needed).
    static let cueBefore = TextPattern(
        #"(?:(?:lasting|lasted|lasts)\s+)?(?:(?:for|over)\s+)?(?:(?:the\s+|a\s+)?(?:span|period|duration|total|course)\s+of\s+)?(?:(?:approximately|approx\.?|about|roughly|around|nearly|almost|some|just over|just under|~)\s*)?$"#
    )

    static let bareCue = TextPattern(#"^(?:for|over)\s+$"#, keywords: [["for", "over"]])

    static let promiseWordBefore = TextPattern(
        #"\b(?:within|in|next|every|after|by|until|than|up to)\s*$"#,
        keywords: [["in", "next", "every", "after", "by", "until", "than", "up to"]])

    static let offsetAfter = TextPattern(
        #"^\s*(?:after|before|later|earlier|ago|into|past|from now)\b"#,
        keywords: [["after", "before", "later", "earlier", "ago", "into", "past", "from now"]])

    static let cueAfter = TextPattern(
        #"^\s*(?:-\s*)?(?:of\s+(?:(?:degraded|elevated|increased|partial|full|total|high|intermittent|reduced)\s+)?(?:downtime|impact|degrad\w*|disruption|outage|errors?|latency|unavailability)|(?:long\s+)?(?:outage|incident|disruption|degradation))\b"#,
        keywords: [["of", "outage", "incident", "disruption", "degradation"]]
    )
}
