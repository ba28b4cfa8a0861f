import Foundation

/// A built-in regular expression, compiled once (ICU syntax, through `NSRegularExpression`).
///
/// The wording rules run over every update body of every incident, so they are compiled once and
/// shared; `NSRegularExpression` is immutable and `Sendable`, unlike `Regex`, and on this workload
/// about thirty times faster. Patterns are case-insensitive; `\b` is a word boundary.
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

    /// The literals a match must contain, or `nil` to always run the expression.
    let filter: KeywordFilter?

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
        filter = keywords.map(KeywordFilter.init)
    }

    private init(expression: NSRegularExpression) {
        self.expression = expression
        filter = nil
    }

    /// The same pattern without its prefilter (for checking that the prefilter changes nothing).
    var unfiltered: TextPattern { TextPattern(expression: expression) }

    /// Whether the text may match: `false` only when the prefilter rules a match out.
    func mayMatch(_ text: String) -> Bool { filter?.mayMatch(text) ?? true }

    /// Every match, in order.
    func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
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
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The text with every match replaced by `replacement` (taken literally).
    func replacingMatches(in text: String, with replacement: String) -> String {
        guard mayMatch(text) else { return text }
        return expression.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text),
            withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
    }
}
