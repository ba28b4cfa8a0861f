import Foundation

/// Finds phrases as whole words in text, without case.
enum PhraseFinder {
    /// The phrases of `phrases` found in `text` as whole words, in the order they occur, each with
    /// the text as written.
    static func find(_ phrases: [String], in text: String) -> [String] {
        let lower = text.lowercased()
        guard lower.count == text.count else { return findSlow(phrases, in: text) }
        var hits: [(offset: Int, phrase: String)] = []
        for phrase in phrases {
            var searchStart = lower.startIndex
            while let range = lower.range(of: phrase, range: searchStart..<lower.endIndex) {
                if isBoundary(lower, before: range.lowerBound), isBoundary(lower, after: range.upperBound) {
                    let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                    let start = text.index(text.startIndex, offsetBy: offset)
                    let end = text.index(start, offsetBy: phrase.count)
                    hits.append((offset, String(text[start..<end])))
                }
                searchStart = range.upperBound
            }
        }
        return hits.sorted { $0.offset < $1.offset }.map(\.phrase)
    }

    /// For text whose lower-cased form changes length: report the phrases as listed.
    private static func findSlow(_ phrases: [String], in text: String) -> [String] {
        let lower = text.lowercased()
        return phrases.filter { phrase in
            guard let range = lower.range(of: phrase) else { return false }
            return isBoundary(lower, before: range.lowerBound) && isBoundary(lower, after: range.upperBound)
        }
    }

    private static func isBoundary(_ text: String, before index: String.Index) -> Bool {
        guard index > text.startIndex else { return true }
        let previous = text[text.index(before: index)]
        return !(previous.isLetter || previous.isNumber)
    }

    private static func isBoundary(_ text: String, after index: String.Index) -> Bool {
        guard index < text.endIndex else { return true }
        let next = text[index]
        return !(next.isLetter || next.isNumber)
    }
}
