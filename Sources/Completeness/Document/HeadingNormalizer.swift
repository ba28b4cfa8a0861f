import Foundation
import IncidentModel

/// Reduces a heading to the words that identify it: `2. Timeline (all times UTC):` → `timeline`.
enum HeadingNormalizer {
    /// Lower-cased words without a parenthesised remark, punctuation, leading numbering or a leading article.
    static func normalize(_ heading: String) -> String {
        var depth = 0
        var cleaned = ""
        if heading.utf8.allSatisfy({ $0 < 0x80 }) {
            cleaned = asciiCleaned(heading)
        } else {
            for character in heading.lowercased() {
                switch character {
                case "(", "[": depth += 1
                case ")", "]": depth = max(0, depth - 1)
                default:
                    guard depth == 0 else { continue }
                    cleaned.append(character.isLetter || character.isNumber || character == "&" ? character : " ")
                }
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

    /// What the Character loop gives for ASCII text, byte by byte: lower case, letters, digits and
    /// `&` kept, bracketed remarks dropped, anything else a space.
    private static func asciiCleaned(_ heading: String) -> String {
        var depth = 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(heading.utf8.count)
        for byte in heading.utf8 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth = max(0, depth - 1)
            default:
                guard depth == 0 else { continue }
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                let kept =
                    (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                    || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) || lower == UInt8(ascii: "&")
                bytes.append(kept ? lower : UInt8(ascii: " "))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The heading and, for `Root cause and mitigation` or `Detection & response`, each part.
    static func candidates(_ heading: String) -> [String] {
        let whole = normalize(heading)
        var parts = [whole]
        guard whole.utf8.contains(UInt8(ascii: "&")) || whole.utf8.count >= 5 && containsAnd(whole) else {
            return parts
        }
        let pieces =
            whole
            .replacingOccurrences(of: " & ", with: " and ")
            .components(separatedBy: " and ")
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        if pieces.count > 1 { parts += pieces }
        return parts
    }

    /// Whether the normalized text holds ` and ` (its bytes).
    private static func containsAnd(_ text: String) -> Bool {
        let needle = Array(" and ".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Whether `candidate` is `synonym`, or starts with it as whole words (`impact on customers`).
    static func matches(_ candidate: String, synonym: String) -> Bool {
        let text = candidate.utf8
        let prefix = synonym.utf8
        if text.allSatisfy({ $0 < 0x80 }), prefix.allSatisfy({ $0 < 0x80 }) {
            // ASCII: equality and prefix by bytes are what String's canonical comparison gives.
            guard text.count >= prefix.count, text.starts(with: prefix) else { return false }
            return text.count == prefix.count || text[text.index(text.startIndex, offsetBy: prefix.count)] == 0x20
        }
        return candidate == synonym || candidate.hasPrefix(synonym + " ")
    }

    /// The keys of the definitions `candidate` names: those with a synonym equal to it, else those
    /// with a synonym it starts with, so `Remediation items` is action items only, not also the
    /// resolution (`remediation`).
    static func keys(matching candidate: String, in definitions: [(key: String, synonyms: [String])]) -> [String] {
        let text = Array(candidate.utf8)
        if text.allSatisfy({ $0 < 0x80 }) {
            return asciiKeys(matching: text, candidate: candidate, in: definitions)
        }
        let exact = definitions.filter { $0.synonyms.contains(candidate) }
        let found =
            exact.isEmpty ? definitions.filter { $0.synonyms.contains { matches(candidate, synonym: $0) } } : exact
        return found.map(\.key)
    }

    /// ``keys(matching:in:)`` for an ASCII candidate, comparing bytes; a synonym that is not ASCII
    /// is compared as `String`s, as there.
    private static func asciiKeys(
        matching text: [UInt8], candidate: String, in definitions: [(key: String, synonyms: [String])]
    ) -> [String] {
        var exact: [String] = []
        var prefixed: [String] = []
        for definition in definitions {
            var isExact = false
            var isPrefix = false
            for synonym in definition.synonyms {
                let bytes = synonym.utf8
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    guard bytes.count <= text.count, text.starts(with: bytes) else { continue }
                    if bytes.count == text.count {
                        isExact = true
                    } else if text[bytes.count] == 0x20 {
                        isPrefix = true
                    }
                } else if synonym == candidate {
                    isExact = true
                } else if candidate.hasPrefix(synonym + " ") {
                    isPrefix = true
                }
            }
            if isExact { exact.append(definition.key) }
            if isExact || isPrefix { prefixed.append(definition.key) }
        }
        return exact.isEmpty ? prefixed : exact
    }

    private static let romanNumerals: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
}
