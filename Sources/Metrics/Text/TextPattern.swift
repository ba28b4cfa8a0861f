import Foundation

/// A built-in regular expression, compiled once (ICU syntax and meaning, case-insensitive; `\b`
/// is a word boundary).
///
/// The wording rules run over every update body of every incident. They are matched on the text's
/// UTF-8 by ``BytePattern``, which gives ICU's matches without bridging the text to UTF-16;
/// `NSRegularExpression` is kept for the rare text holding a scalar that case-folds to ASCII
/// letters (the Kelvin sign, long s, ß, ligatures…), and to check the byte matcher against
/// (`unfiltered`). Matches whose bounds are not on `Character` boundaries are dropped, as the
/// conversion of ICU's ranges to `String` ranges drops them.
///
/// **Prefilter.** A pattern may carry `keywords`: groups of lowercase ASCII literals such that any
/// match must contain, case-insensitively, at least one literal of every group. Before running ICU,
/// one pass over the text's UTF-8 (``KeywordFilter``) checks that; when a group has no hit the
/// text cannot match and ICU is skipped. Texts holding a character that case-folds to ASCII
/// letters (the Kelvin sign, long s, ß, ligatures…) always go to ICU.
struct TextPattern: Sendable {
    /// One match: the whole text matched and its capture groups.
    struct Match {
        /// The range of the whole match in the searched text.
        var range: Range<String.Index>
        /// The whole match, then each group (`nil` when a group did not take part).
        var groups: [Substring?]
        /// The whole match.
        var value: Substring { groups[0] ?? "" }
        /// Group `index` (1-based), when it took part.
        subscript(index: Int) -> Substring? { index < groups.count ? groups[index] : nil }
    }

    let expression: NSRegularExpression

    /// The same pattern compiled for the byte matcher (see ``BytePattern``).
    let program: BytePattern

    /// The literals a match must contain, or `nil` to always run the expression.
    let filter: KeywordFilter?

    /// The keyword groups the filter was made from.
    let keywords: [[String]]?

    /// Whether matching goes through ICU only (to compare the byte matcher with it).
    let icuOnly: Bool

    /// Compiles a built-in pattern; a pattern that does not compile is a programming error.
    ///
    /// `keywords`: groups of lowercase ASCII literals; every match contains one literal of each
    /// group (derived by hand from the pattern; `TextPatternPrefilterTests` checks it).
    init(_ pattern: String, keywords: [[String]]? = nil) {
        do {
            expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            preconditionFailure("built-in pattern does not compile: \(pattern)")
        }
        program = BytePattern(pattern)
        filter = keywords.map(KeywordFilter.init)
        self.keywords = keywords
        icuOnly = false
    }

    private init(expression: NSRegularExpression, program: BytePattern) {
        self.expression = expression
        self.program = program
        filter = nil
        keywords = nil
        icuOnly = true
    }

    /// The same pattern without its prefilter, matched by ICU alone (for checking that the
    /// prefilter and the byte matcher change nothing).
    var unfiltered: TextPattern { TextPattern(expression: expression, program: program) }

    /// Whether the text may match: `false` only when the prefilter rules a match out.
    func mayMatch(_ text: String) -> Bool { filter?.mayMatch(text) ?? true }

    /// Every match, in order.
    func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        if let found = byteMatches(in: text, limit: .max) { return found.compactMap { Self.match($0, in: text) } }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { result in
            guard let whole = Range(result.range, in: text) else { return nil }
            let groups = (0..<result.numberOfRanges).map { index in
                Range(result.range(at: index), in: text).map { text[$0] }
            }
            return Match(range: whole, groups: groups)
        }
    }

    /// The first match.
    func firstMatch(in text: String) -> Match? {
        guard mayMatch(text) else { return nil }
        if let found = byteMatches(in: text, limit: 1) { return found.first.flatMap { Self.match($0, in: text) } }
        let range = NSRange(text.startIndex..., in: text)
        guard let result = expression.firstMatch(in: text, range: range), let whole = Range(result.range, in: text)
        else { return nil }
        let groups = (0..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { text[$0] }
        }
        return Match(range: whole, groups: groups)
    }

    /// Whether the text has a match.
    func matches(_ text: String) -> Bool {
        guard mayMatch(text) else { return false }
        if let found = byteMatches(in: text, limit: 1) { return !found.isEmpty }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The text with every match replaced by `replacement` (taken literally).
    func replacingMatches(in text: String, with replacement: String) -> String {
        guard mayMatch(text) else { return text }
        if let found = byteMatches(in: text, limit: .max) {
            guard !found.isEmpty else { return text }
            var bytes: [UInt8] = []
            var copied = text.utf8.startIndex
            for slots in found {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: slots[0])
                bytes += text.utf8[copied..<start]
                bytes += replacement.utf8
                copied = text.utf8.index(text.utf8.startIndex, offsetBy: slots[1])
            }
            bytes += text.utf8[copied...]
            return String(decoding: bytes, as: UTF8.self)
        }
        return expression.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text),
            withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
    }

    /// Up to `limit` matches' capture slots from the byte matcher, in order, or `nil` when the
    /// text must go to ICU (it holds a scalar that case-folds to ASCII, or ``icuOnly``).
    ///
    /// After an empty match the search resumes one scalar later, as ICU's does.
    func byteMatches(in text: String, limit: Int) -> [[Int]]? {
        if icuOnly { return nil }
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [[Int]]? {
            if KeywordFilter.holdsFoldingScalar(bytes) { return nil }
            var found: [[Int]] = []
            var from = 0
            while found.count < limit, from <= bytes.count, let slots = program.firstMatch(in: bytes, from: from) {
                found.append(slots)
                if slots[1] > slots[0] {
                    from = slots[1]
                } else {
                    from = slots[1] < bytes.count ? slots[1] + BytePattern.scalarLength(bytes[slots[1]]) : slots[1] + 1
                }
            }
            return found
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }

    /// A match of the byte matcher as a ``Match`` of `text`, or `nil` when it does not start and
    /// end on `Character` boundaries.
    ///
    /// As with ICU's matches, whose ranges convert to `String` ranges only on `Character`
    /// boundaries: a match ending between CR and LF, or a group starting before a combining mark,
    /// is dropped (a group becomes `nil`).
    static func match(_ slots: [Int], in text: String) -> Match? {
        guard let lower = characterIndex(slots[0], in: text), let upper = characterIndex(slots[1], in: text) else {
            return nil
        }
        let groups = stride(from: 0, to: slots.count, by: 2).map { slot -> Substring? in
            guard slots[slot] >= 0, slots[slot + 1] >= 0, let start = characterIndex(slots[slot], in: text),
                let end = characterIndex(slots[slot + 1], in: text)
            else { return nil }
            return text[start..<end]
        }
        return Match(range: lower..<upper, groups: groups)
    }

    /// The index at a UTF-8 offset when it is on a `Character` boundary (between two ASCII bytes,
    /// it is, unless they are CR LF).
    static func characterIndex(_ offset: Int, in text: String) -> String.Index? {
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        if offset > 0, index < utf8.endIndex {
            let before = utf8[utf8.index(before: index)]
            let after = utf8[index]
            if before < 0x80, after < 0x80 { return before == 0x0D && after == 0x0A ? nil : index }
        }
        return String.Index(index, within: text)
    }
}
