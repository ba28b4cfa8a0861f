/// Reads the zone written after a clock: `EST`, `(UTC)`, `Z`, `ET`, `Pacific Time`, `US/Pacific`,
/// `GMT+08:00`, `UTC-5`, `+0000`, `-05:00`.
///
/// Abbreviations are written in capitals; `utc` and `gmt` are accepted in any case. Since a zone is
/// only read right after a clock, lower-case abbreviations are read too (`1 am pdt`), except those
/// that are English (or common foreign) words (`cat`, `eat`, `art`, `met`, `wet`, `west`, `ist`, …)
/// and except before a full stop followed by a lower-case word (`10:00 est. we paused`, where
/// `est.` abbreviates a word). The region words `Pacific`, `Eastern`, `Central` and `Mountain`
/// are read alone when capitalised and not followed by another capitalised word
/// (`4:40 PM Pacific`, but not `10:00 Central Station`). A bare negative offset with a colon
/// (`-05:00`) is only read after a clock with seconds (ISO 8601), so `10:52 - 12:55` and
/// `00:17-01:30` stay ranges; `-0800` is always an offset.
struct ZoneParser {
    /// Lower-case spellings never read as zones: words, or labels too short to trust in prose.
    static let lowercaseWords: Set<String> = [
        "cat", "eat", "art", "wat", "met", "wet", "west", "ist", "gst", "sat", "ut", "z", "et", "pt", "ct", "mt",
        "akt",
    ]
    /// Zone words written before a date or time in other languages (`日本時間 2021/07/14 23:01`,
    /// Japan time), with the zone they name.
    static let leadingWords: [(word: String, zone: String)] = [
        ("日本時間", "JST"), ("北京时间", "UTC+08:00"), ("北京時間", "UTC+08:00"),
    ]
    /// Region words read alone after a clock when capitalised.
    static let regionWordsAlone: Set<String> = ["Pacific", "Eastern", "Central", "Mountain"]

    let tokens: [TimeToken]
    let table: ZoneTable
    let text: String

    func zone(at start: Int, afterSeconds: Bool) -> (String, ZoneEntry, Int)? {
        guard start < tokens.count else { return nil }
        if tokens[start].isPunct("(") {
            guard let (label, entry, next) = bare(at: start + 1, afterSeconds: true), next < tokens.count,
                tokens[next].isPunct(")")
            else { return nil }
            return (label, entry, next + 1)
        }
        return bare(at: start, afterSeconds: afterSeconds)
    }

    /// A zone word written right before `index` (spaces between allowed): see `leadingWords`.
    func leadingZone(before index: String.Index) -> (String, ZoneEntry)? {
        let before = text[..<index].reversed().drop { $0.isWhitespace }
        for (word, zone) in Self.leadingWords where before.starts(with: word.reversed()) {
            guard let entry = table.lookup(zone) else { continue }
            return (word, entry)
        }
        return nil
    }

    private func bare(at start: Int, afterSeconds: Bool) -> (String, ZoneEntry, Int)? {
        guard start < tokens.count else { return nil }
        let token = tokens[start]
        if let word = token.word {
            if let hit = identifier(at: start) { return hit }
            if let hit = prefixedOffset(at: start, word: word) { return hit }
            if let hit = longName(at: start) { return hit }
            if let hit = regionWord(at: start, word: word) { return hit }
            // Words are ASCII letters and `_`: upper and lower case decided on bytes.
            let lower = token.lower ?? word
            let anyCase = lower == "utc" || lower == "gmt"
            if anyCase || !Self.hasLowercase(word), let entry = table.lookup(word) {
                return (anyCase ? lower.uppercased() : word, entry, start + 1)
            }
            guard isLowercaseZone(at: start, word: word) else { return nil }
            let upper = word.uppercased()
            guard let entry = table.lookup(upper) else { return nil }
            return (upper, entry, start + 1)
        }
        if token.isPunct("+") || (token.isPunct("-") && (afterSeconds || isFourDigitOffset(at: start + 1))) {
            return signedOffset(at: start)
        }
        return nil
    }

    /// Whether an ASCII word has a lower-case letter.
    private static func hasLowercase(_ word: String) -> Bool {
        word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Whether an ASCII word starts with a capital.
    private static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= 0x41 && first <= 0x5A
    }

    /// A lower-case abbreviation of the table (`pdt`), not a word, not an abbreviation of a word.
    private func isLowercaseZone(at index: Int, word: String) -> Bool {
        guard !word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }), !Self.lowercaseWords.contains(word),
            table.lookup(word.uppercased())?.kind == .abbreviation
        else { return false }
        let next = index + 1
        guard next < tokens.count, tokens[next].isPunct("."), !tokens[next].spaceBefore else { return true }
        // `est. we` abbreviates a word; `pdt.` at the end of a sentence is a zone.
        guard next + 1 < tokens.count, let following = tokens[next + 1].word else { return true }
        return following.first?.isUppercase == true
    }

    /// `Pacific`, `Eastern`, `Central`, `Mountain` alone, not followed by a capitalised word.
    private func regionWord(at start: Int, word: String) -> (String, ZoneEntry, Int)? {
        guard Self.regionWordsAlone.contains(word), let entry = table.lookup(word) else { return nil }
        if start + 1 < tokens.count, let next = tokens[start + 1].word, next.first?.isUppercase == true {
            return nil
        }
        return (word, entry, start + 1)
    }

    /// `-0800` after a clock: four digits, not followed by `:` (which would make it a clock).
    private func isFourDigitOffset(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].digits == 4, !tokens[index].spaceBefore else { return false }
        return index + 1 >= tokens.count || !tokens[index + 1].isPunct(":")
    }

    /// `US/Pacific`, `America/New_York`, `America/Argentina/Buenos_Aires`, `Etc/UTC`.
    private func identifier(at start: Int) -> (String, ZoneEntry, Int)? {
        // At least one `/word` must follow, else there is nothing to join.
        guard start + 2 < tokens.count, tokens[start + 1].isPunct("/"), !tokens[start + 1].spaceBefore,
            !tokens[start + 2].spaceBefore, tokens[start + 2].word != nil
        else { return nil }
        var next = start + 1
        var parts = [tokens[start].word ?? ""]
        while next + 1 < tokens.count, tokens[next].isPunct("/"), !tokens[next].spaceBefore,
            !tokens[next + 1].spaceBefore, let word = tokens[next + 1].word
        {
            parts.append(word)
            next += 2
        }
        guard parts.count > 1 else { return nil }
        let label = parts.joined(separator: "/")
        guard let entry = table.lookup(label) else { return nil }
        return (label, entry, next)
    }

    /// `GMT+08:00`, `UTC-5`, `UTC+5:30`.
    private func prefixedOffset(at start: Int, word: String) -> (String, ZoneEntry, Int)? {
        guard start + 1 < tokens.count, tokens[start + 1].isPunct("+") || tokens[start + 1].isPunct("-"),
            !tokens[start + 1].spaceBefore
        else { return nil }
        let upper = word.uppercased()
        guard upper == "GMT" || upper == "UTC" || upper == "UT",
            let (offsetText, _, next) = signedOffset(at: start + 1)
        else { return nil }
        let label = upper + offsetText
        guard let entry = table.lookup(label) else { return nil }
        return (label, entry, next)
    }

    /// `+0000`, `-0800`, `+05:30`, `+5`.
    private func signedOffset(at start: Int) -> (String, ZoneEntry, Int)? {
        guard start + 1 < tokens.count, !tokens[start + 1].spaceBefore, let hours = tokens[start + 1].number else {
            return nil
        }
        let sign = tokens[start].isPunct("+") ? "+" : "-"
        var label = sign + String(text[tokens[start + 1].range])
        var next = start + 2
        if tokens[start + 1].digits <= 2, next + 1 < tokens.count, tokens[next].isPunct(":"),
            !tokens[next].spaceBefore, tokens[next + 1].digits == 2
        {
            label += ":" + String(text[tokens[next + 1].range])
            next += 2
        } else if tokens[start + 1].digits != 4 && tokens[start + 1].digits > 2 {
            return nil
        }
        _ = hours
        guard let entry = table.lookup(label) else { return nil }
        return (label, entry, next)
    }

    /// `Eastern Time`, `Pacific Standard Time`, `Coordinated Universal Time`: capitalised words.
    private func longName(at start: Int) -> (String, ZoneEntry, Int)? {
        // Two capitalised words at least.
        guard start + 1 < tokens.count, let first = tokens[start].word, Self.isCapitalised(first),
            let second = tokens[start + 1].word, Self.isCapitalised(second)
        else { return nil }
        var words: [String] = []
        var index = start
        while index < tokens.count, words.count < 4, let word = tokens[index].word,
            word.first?.isUppercase == true
        {
            words.append(word)
            index += 1
        }
        guard words.count > 1 else { return nil }
        for count in stride(from: words.count, through: 2, by: -1) {
            let label = words[0..<count].joined(separator: " ")
            if let entry = table.lookup(label) { return (label, entry, start + count) }
        }
        return nil
    }
}
