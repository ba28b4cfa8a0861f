/// One token of a text scanned for time expressions.
struct TimeToken: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        /// A run of ASCII digits: its value and digit count.
        case number(Int, digits: Int)
        /// A run of letters (ASCII, `_` kept inside identifiers such as `New_York`), and its lower case.
        case word(String, lower: String)
        /// One punctuation character; every dash (`-`, `–`, `—`, `−`) is `-`.
        case punct(Character)
    }

    var kind: Kind
    /// Where the token starts and ends in the text.
    var range: Range<String.Index>
    /// Whether whitespace (or the start of the text) comes right before it.
    var spaceBefore: Bool

    var number: Int? {
        if case .number(let value, _) = kind { return value }
        return nil
    }

    var digits: Int {
        if case .number(_, let count) = kind { return count }
        return 0
    }

    var word: String? {
        if case .word(let text, _) = kind { return text }
        return nil
    }

    /// The word in lower case.
    var lower: String? {
        if case .word(_, let lower) = kind { return lower }
        return nil
    }

    func isPunct(_ character: Character) -> Bool {
        if case .punct(let p) = kind { return p == character }
        return false
    }

    /// Whether the token is the word, in any case.
    func isWord(_ word: String) -> Bool {
        guard case .word(_, let lower) = kind else { return false }
        return lower == word
    }

    func isWord(_ candidates: Set<String>) -> Bool {
        guard let lower else { return false }
        return candidates.contains(lower)
    }
}
