import Foundation
import IncidentModel

/// Groups postmortem blocks into a preamble and headed sections, and reads blocks out of the
/// shapes postmortems arrive in: HTML, plain text lines, and Markdown flattened onto one line.
enum PostmortemOutline {
    /// Builds a postmortem from its blocks.
    static func postmortem(text: String, place: SourcePlace, posted: WrittenTime?, blocks: [OutlineBlock])
        -> Postmortem
    {
        let (preamble, sections) = group(blocks)
        return Postmortem(text: text, place: place, posted: posted, preamble: preamble, sections: sections)
    }

    /// Splits blocks at headings: the blocks before the first heading are the preamble.
    static func group(_ blocks: [OutlineBlock]) -> (preamble: [DocumentLine], sections: [DocumentSection]) {
        var preamble: [DocumentLine] = []
        var sections: [DocumentSection] = []
        for block in blocks where !block.text.isEmpty {
            if block.kind == .heading {
                sections.append(DocumentSection(heading: block.text, level: block.level, place: block.place))
                continue
            }
            let line = DocumentLine(text: block.text, place: block.place, kind: block.kind, cells: block.cells)
            if sections.isEmpty { preamble.append(line) } else { sections[sections.count - 1].lines.append(line) }
        }
        return (preamble, sections)
    }

    /// Removes Markdown inline markup: `**bold**`, `__bold__`, backticks, and `[text](url)` links.
    static func plain(_ text: String) -> String {
        if !hasInlineMarkup(text) { return MarkupTextBuffer.collapse(text) }
        return strippingInlineMarkup(text)
    }

    /// `plain` for any text, by replacing each kind of markup (the reading the shortcut must equal).
    static func strippingInlineMarkup(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        result = result.replacingOccurrences(of: "`", with: "")
        while let open = result.range(of: "["),
            let close = result.range(of: "](", range: open.upperBound..<result.endIndex),
            let end = result.range(of: ")", range: close.upperBound..<result.endIndex)
        {
            let label = result[open.upperBound..<close.lowerBound]
            result.replaceSubrange(open.lowerBound..<end.upperBound, with: label)
        }
        return MarkupTextBuffer.collapse(result)
    }

    /// Whether `plain` has anything to remove: `**`, `__`, a backtick or a `[` (the bytes alone
    /// decide: none of them has a canonically equivalent spelling).
    static func hasInlineMarkup(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "`"), UInt8(ascii: "["): return true
            case UInt8(ascii: "*"), UInt8(ascii: "_"): if previous == byte { return true }
            default: break
            }
            previous = byte
        }
        return false
    }

    /// Reads one line of Markdown-ish text: `# heading`, `* item` / `- item` / `• item`, or a paragraph.
    static func block(line: String, place: SourcePlace) -> OutlineBlock {
        let trimmed = line.trimmingWhitespace()
        let hashes = trimmed.prefix { $0 == "#" }.count
        if hashes > 0, hashes <= 6, trimmed.dropFirst(hashes).first == " " {
            return OutlineBlock(
                text: plain(String(trimmed.dropFirst(hashes))), kind: .heading, level: hashes, place: place)
        }
        for bullet in ["* ", "- ", "• ", "+ "] where trimmed.hasPrefix(bullet) {
            return OutlineBlock(text: plain(String(trimmed.dropFirst(2))), kind: .listItem, level: 0, place: place)
        }
        return OutlineBlock(text: plain(trimmed), kind: .paragraph, level: 0, place: place)
    }

    /// Reads plain text lines (a page's text): bullets become list items, a short line with no
    /// closing punctuation that is followed by more text becomes a heading.
    static func blocks(plainLines lines: [(text: String, line: Int)], file: String) -> [OutlineBlock] {
        var blocks: [OutlineBlock] = []
        for (index, entry) in lines.enumerated() {
            let place = SourcePlace(file: file, line: entry.line)
            var block = block(line: entry.text, place: place)
            if block.kind == .paragraph, index + 1 < lines.count, looksLikeHeading(block.text) {
                block.kind = .heading
                block.level = 2
            }
            if !block.text.isEmpty { blocks.append(block) }
        }
        return blocks
    }

    /// Whether a plain line reads as a heading: short, capitalised, no closing punctuation.
    static func looksLikeHeading(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, text.count <= 60 else { return false }
        guard let last = text.last, !".:;,!?".contains(last) else { return false }
        return text.split(separator: " ").count <= 6
    }

    /// Splits Markdown flattened onto one line back into headings, paragraphs and list items.
    ///
    /// Headings start at `#` runs, list items at ` * `, and a leading bold date is its own line.
    static func blocks(flattened text: String, place: SourcePlace) -> [OutlineBlock] {
        var blocks: [OutlineBlock] = []
        for chunk in splitHeadings(text) {
            var body = chunk.text
            if chunk.level > 0 {
                let (heading, rest) = headingAndRest(chunk.text)
                blocks.append(OutlineBlock(text: plain(heading), kind: .heading, level: chunk.level, place: place))
                body = rest
            }
            for piece in splitBullets(body) {
                let kind: DocumentLine.Kind = piece.isBullet ? .listItem : .paragraph
                for part in splitLeadingBoldDate(piece.text) {
                    let value = plain(part.text)
                    if !value.isEmpty {
                        blocks.append(
                            OutlineBlock(text: value, kind: part.isDate ? .paragraph : kind, level: 0, place: place))
                    }
                }
            }
        }
        return blocks
    }

    /// Cuts the text at `#` runs that start a heading (at the start or after a space).
    private static func splitHeadings(_ text: String) -> [(level: Int, text: String)] {
        var chunks: [(level: Int, text: String)] = []
        var level = 0
        var current = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let atBoundary = index == 0 || characters[index - 1] == " " || characters[index - 1] == "\n"
            if characters[index] == "#", atBoundary {
                var run = 0
                while index + run < characters.count, characters[index + run] == "#" { run += 1 }
                if run <= 6, index + run < characters.count, characters[index + run] == " " {
                    chunks.append((level, current))
                    level = run
                    current = ""
                    index += run + 1
                    continue
                }
            }
            current.append(characters[index])
            index += 1
        }
        chunks.append((level, current))
        return chunks.filter { !$0.text.trimmingWhitespace().isEmpty || $0.level > 0 }
    }

    /// A heading chunk's heading and the text glued after it: `**Summary** A large…` splits at the
    /// bold run; a chunk without bold is all heading when short, else its first word is.
    private static func headingAndRest(_ chunk: String) -> (String, String) {
        let text = chunk.trimmingWhitespace()
        if text.hasPrefix("**"),
            let close = text.range(of: "**", range: text.index(text.startIndex, offsetBy: 2)..<text.endIndex)
        {
            return (String(text[..<close.upperBound]), String(text[close.upperBound...]))
        }
        for known in knownHeadings where text.lowercased().hasPrefix(known.lowercased() + " ") {
            let cut = text.index(text.startIndex, offsetBy: known.count)
            return (String(text[..<cut]), String(text[cut...]))
        }
        if text.count <= 100, !text.hasSuffix(".") { return (text, "") }
        guard let space = text.firstIndex(of: " ") else { return (text, "") }
        return (String(text[..<space]), String(text[space...]))
    }

    /// Section names postmortems commonly use, for headings whose text was glued to the next paragraph.
    static let knownHeadings = [
        "Incident Summary", "Summary", "Root Cause Analysis", "Root Cause", "Timeline", "Customer Impact", "Impact",
        "Resolution", "Lessons Learned", "Lessons/Improvements", "Next Steps", "Action Items", "Background",
        "Detection", "Remediation", "What Happened", "Mitigation", "Corrective Actions",
    ]

    /// Cuts at ` * ` bullets (a lone asterisk between spaces, never `**`).
    private static func splitBullets(_ text: String) -> [(text: String, isBullet: Bool)] {
        var pieces: [(text: String, isBullet: Bool)] = []
        var current = ""
        var isBullet = false
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let before = index == 0 ? " " : characters[index - 1]
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            if characters[index] == "*", before == " " || before == "\n", after == " " {
                pieces.append((current, isBullet))
                current = ""
                isBullet = true
                index += 2
                continue
            }
            current.append(characters[index])
            index += 1
        }
        pieces.append((current, isBullet))
        return pieces.filter { !$0.text.trimmingWhitespace().isEmpty }
    }

    /// Keeps a leading bold date (`**Jan 10, 2025** …`) as a line of its own.
    private static func splitLeadingBoldDate(_ text: String) -> [(text: String, isDate: Bool)] {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasPrefix("**"),
            let close = trimmed.range(
                of: "**", range: trimmed.index(trimmed.startIndex, offsetBy: 2)..<trimmed.endIndex)
        else { return [(trimmed, false)] }
        let inner = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close.lowerBound])
        guard isDateLike(inner) else { return [(trimmed, false)] }
        let rest = String(trimmed[close.upperBound...]).trimmingWhitespace()
        return rest.isEmpty ? [(inner, true)] : [(inner, true), (rest, false)]
    }

    /// Whether text reads as a date: a month name and a number (`Jan 10, 2025`, `10 January`).
    static func isDateLike(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 2, words.count <= 4 else { return false }
        let hasMonth = words.contains { word in
            guard word.count >= 3, MachineTime.monthNumber(String(word)) != nil else { return false }
            let lower = word.lowercased()
            return [
                "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december",
            ].contains { $0.hasPrefix(lower) }
        }
        return hasMonth && words.contains { $0.allSatisfy(\.isNumber) }
    }
}
