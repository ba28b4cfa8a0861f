import Foundation

/// Splits a sentence that holds several written times into one clause per time, so that each
/// time is read with the words nearest to it.
///
/// "Starting at 19:13 UTC, the importer began failing … which were restored at 22:11 UTC" holds
/// an impact start and a resolution: read whole, both times would carry both wordings. Between
/// two consecutive times the sentence is cut at the clause boundary (`, `, `; `, ` and `, ` but `,
/// ` which `, ` while `, ` then `, ` before `, ` after `) nearest the middle of the words between
/// them, or at the middle itself when there is none; when the text opens with a time and every
/// time has its shape (lines run together, each `2025-02-10 00:21` followed by its words), right
/// before each next time. A time written right after "prior to" or
/// "from before" (or after "updated since") is a reference point ("data restored to its state
/// prior to the incident (20:57 UTC)"), not a moment of the incident: its clause is empty. In a
/// sentence (not lines run together), a clause with no wording of its own reads the sentence's:
/// "between 15:29 and 17:38 UTC and also between 14:41 and 15:12 UTC, runs were delayed".
struct SentenceClauses {
    /// The clause of each time, in the order the times were given, and whether the clauses stand
    /// alone (lines run together) or share the sentence's words; `nil` when a time was not found
    /// in the text (the whole text is then read for it).
    static func clauses(of text: String, times written: [String]) -> (clauses: [String?], listed: Bool) {
        let none: ([String?], Bool) = (written.map { _ in nil }, false)
        if written.count == 1 {
            // One time: read whole, unless it is a reference point.
            guard reference.mayMatch(text), let span = text.range(of: written[0]) else { return none }
            return (reference.matches(String(text[..<span.lowerBound].suffix(60)).lowercased()) ? [""] : [nil], false)
        }
        let utf8 = Array(text.utf8)
        var taken: [Range<Int>] = []
        var spans: [Range<Int>?] = []
        for time in written {
            let span = firstFree(Array(time.utf8), in: utf8, taken: taken)
            if let span { taken.append(span) }
            spans.append(span)
        }
        let found = spans.indices.filter { spans[$0] != nil }.sorted { spans[$0]!.lowerBound < spans[$1]!.lowerBound }
        guard found.count > 1 else { return none }
        // Lines run together ("00:21 User reports … 08:00 Team investigates …"): each time
        // opens its words, so the cut is right before the next time.
        let listed =
            spans[found[0]]!.lowerBound <= 3 && Set(found.map { shape(utf8[spans[$0]!]) }).count == 1
        var cuts = [0]
        for (a, b) in zip(found, found.dropFirst()) {
            let next = spans[b]!.lowerBound
            cuts.append(listed ? next : cut(between: spans[a]!.upperBound, and: next, in: utf8))
        }
        cuts.append(utf8.count)
        var clauses: [String?] = written.map { _ in nil }
        for (rank, index) in found.enumerated() {
            let clause = String(decoding: utf8[cuts[rank]..<cuts[rank + 1]], as: UTF8.self)
            let before = String(decoding: utf8[cuts[rank]..<spans[index]!.lowerBound], as: UTF8.self)
            clauses[index] = reference.matches(before.lowercased()) ? "" : clause
        }
        return (clauses, listed)
    }

    /// The first occurrence of `needle` that overlaps none of `taken`.
    static func firstFree(_ needle: [UInt8], in text: [UInt8], taken: [Range<Int>]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        var start = 0
        while start + needle.count <= text.count {
            if text[start] == needle[0], Array(text[start..<start + needle.count]) == needle {
                let span = start..<start + needle.count
                if !taken.contains(where: { $0.overlaps(span) }) { return span }
            }
            start += 1
        }
        return nil
    }

    /// Where to cut between the end of one time and the start of the next.
    static func cut(between lower: Int, and upper: Int, in text: [UInt8]) -> Int {
        guard upper > lower else { return lower }
        let middle = (lower + upper) / 2
        var best: Int?
        for marker in boundaries {
            var index = lower
            while index + marker.count <= upper {
                if Array(text[index..<index + marker.count]).map(lowered) == marker {
                    // Cut before the connective (after the punctuation) so it opens the next clause.
                    let position = marker.first == UInt8(ascii: " ") ? index : index + 1
                    if best.map({ abs(position - middle) < abs($0 - middle) }) ?? true { best = position }
                }
                index += 1
            }
        }
        if let best { return best }
        var index = middle
        while index < upper, text[index] != UInt8(ascii: " ") { index += 1 }
        return index
    }

    /// A written time's shape: digits as `9`, letters as `a` ("2025-02-10 00:21" is "9999-99-99 99:99").
    static func shape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(ascii: "9")
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(ascii: "a")
            default: byte
            }
        }
    }

    static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    static let boundaries: [[UInt8]] = [
        ", ", "; ", " and ", " but ", " which ", " while ", " then ", " before ", " after ",
    ]
    .map { Array($0.utf8) }

    /// Words that make the time after them a reference point.
    static let reference = TextPattern(
        #"\b(?:prior to|from before|(?:updated|modified|created|written|changed) since)\b[^.;]{0,30}$"#,
        keywords: [["prior to", "from before", "since"]])
}
