import Foundation

/// Reads the durations a text states about the incident.
///
/// `for 1 hour 46 minutes`, `lasting 1h 52m`, `(1 h 46 min)` and `approximately 3 hours` count; a
/// duration counts only after a cue word (for, lasting, approximately, …) or an opening
/// parenthesis, so "the page took 9 minutes" is left alone.
enum StatedDurationReader {
    /// A duration as written.
    struct Stated: Equatable {
        /// The text as written (`approximately 3 hours`).
        var text: String
        /// The length in seconds.
        var seconds: TimeInterval
        /// Whether it is hedged (`about`, `approximately`, `~`).
        var approximate: Bool
    }

    private static let cues: Set<String> = [
        "for", "lasting", "lasted", "lasts", "duration", "span", "total", "of", "(", "approximately", "about",
        "around", "roughly", "nearly", "almost", "~", "over", "some",
    ]
    private static let hedges: Set<String> = [
        "approximately", "about", "around", "roughly", "nearly", "almost", "~", "over", "some",
    ]
    private static let units: [String: TimeInterval] = [
        "d": 86_400, "day": 86_400, "days": 86_400, "h": 3_600, "hr": 3_600, "hrs": 3_600, "hour": 3_600,
        "hours": 3_600, "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    ]
    private static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half": 0.5,
    ]

    /// The durations stated in `text`.
    static func durations(in text: String) -> [Stated] {
        let tokens = tokenize(text)
        var results: [Stated] = []
        var index = 0
        while index < tokens.count {
            var seconds: TimeInterval = 0
            var end = index
            while end + 1 < tokens.count, let value = number(tokens[end]), let unit = units[tokens[end + 1]] {
                seconds += value * unit
                end += 2
                if end < tokens.count, tokens[end] == "and", end + 1 < tokens.count, number(tokens[end + 1]) != nil {
                    end += 1
                }
            }
            if seconds > 0 {
                let before = tokens[max(0, index - 3)..<index]
                if before.contains(where: cues.contains) {
                    let approximate = before.contains(where: hedges.contains)
                    let from = before.firstIndex(where: hedges.contains) ?? index
                    results.append(
                        Stated(
                            text: tokens[from..<end].joined(separator: " "), seconds: seconds, approximate: approximate)
                    )
                }
                index = end
            } else {
                index += 1
            }
        }
        return results
    }

    /// Lower-cased words and numbers; `1h52m` splits into `1 h 52 m`; `(` and `~` are tokens.
    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsNumber = false
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isNumber || (character == "." && currentIsNumber && !current.isEmpty) {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current.append(character)
            } else if character.isLetter {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.append(character)
            } else {
                flush()
                currentIsNumber = false
                if character == "(" || character == "~" { tokens.append(String(character)) }
            }
        }
        flush()
        return tokens
    }

    private static func number(_ token: String) -> Double? {
        Double(token) ?? numberWords[token]
    }
}
