import Foundation
import IncidentModel

/// Reduces a heading to the words that identify it: `2. Timeline (all times UTC):` → `timeline`.
enum HeadingNormalizer {
    /// Lower-cased words without a parenthesised remark, punctuation, leading numbering or a leading article.
    static func normalize(_ heading: String) -> String {
        var depth = 0
        var cleaned = ""
        for character in heading.lowercased() {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default:
                guard depth == 0 else { continue }
                cleaned.append(character.isLetter || character.isNumber || character == "&" ? character : " ")
            }
        }
        var words = cleaned.split(separator: " ").map(String.init)
        while let first = words.first, first.allSatisfy(\.isNumber) || Self.romanNumerals.contains(first) {
            words.removeFirst()
        }
        // A leading article or possessive names nothing: `The Cause` is `cause`, `Our response` is `response`.
        if words.count > 1, ["the", "our", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The heading and, for `Root cause and mitigation` or `Detection & response`, each part.
    static func candidates(_ heading: String) -> [String] {
        let whole = normalize(heading)
        var parts = [whole]
        let pieces =
            whole
            .replacingOccurrences(of: " & ", with: " and ")
            .components(separatedBy: " and ")
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        if pieces.count > 1 { parts += pieces }
        return parts
    }

    /// Whether `candidate` is `synonym`, or starts with it as whole words (`impact on customers`).
    static func matches(_ candidate: String, synonym: String) -> Bool {
        candidate == synonym || candidate.hasPrefix(synonym + " ")
    }

    /// The keys of the definitions `candidate` names: those with a synonym equal to it, else those
    /// with a synonym it starts with, so `Remediation items` is action items only, not also the
    /// resolution (`remediation`).
    static func keys(matching candidate: String, in definitions: [(key: String, synonyms: [String])]) -> [String] {
        let exact = definitions.filter { $0.synonyms.contains(candidate) }
        let found =
            exact.isEmpty ? definitions.filter { $0.synonyms.contains { matches(candidate, synonym: $0) } } : exact
        return found.map(\.key)
    }

    private static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
}
