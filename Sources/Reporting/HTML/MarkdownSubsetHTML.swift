import Foundation
import Utilities

/// Turns the Markdown that `MarkdownReport` writes into HTML: headings, paragraphs, lists, GFM
/// tables, anchors, images and fenced blocks; inline code, strong text, links and backslash escapes.
///
/// Only the report's own Markdown is converted, never a document someone wrote, so this handles
/// exactly the constructs the report's renderers emit (written here rather than with cmark-gfm so
/// the Reporting stage stays free of C libraries). Text is escaped for HTML on the way.
struct MarkdownSubsetHTML {
    /// The inline SVG for an image's file name, when the page should embed it.
    let image: (String) -> String?

    init(image: @escaping (String) -> String?) {
        self.image = image
    }

    /// The HTML of a whole document.
    mutating func convert(_ markdown: String) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var paragraph: [String] = []
        var index = 0
        func flush() {
            if !paragraph.isEmpty { out.append("<p>" + paragraph.map(Self.inline).joined(separator: " ") + "</p>") }
            paragraph = []
        }
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("```") {
                flush()
                index += 1
                while index < lines.count && !lines[index].hasPrefix("```") { index += 1 }
                index += 1
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
            } else if line.hasPrefix("<a id=\"") {
                flush()
                out.append(line)
            } else if let level = Self.headingLevel(line) {
                flush()
                let text = Self.inline(String(line.dropFirst(level + 1)))
                out.append("<h\(level)>\(text)</h\(level)>")
            } else if line.hasPrefix("!["), let name = Self.imageTarget(line) {
                flush()
                if let svg = image(name) {
                    out.append("<figure>\n\(svg)\n</figure>")
                } else {
                    out.append("<p><a href=\"\(XMLText.escape(name))\">\(XMLText.escape(name))</a></p>")
                }
            } else if line.hasPrefix("| ") {
                flush()
                var rows: [String] = []
                while index < lines.count && lines[index].hasPrefix("|") {
                    rows.append(lines[index])
                    index += 1
                }
                out += Self.table(rows)
                continue
            } else if line.hasPrefix("- ") {
                flush()
                var items: [String] = []
                while index < lines.count && lines[index].hasPrefix("- ") {
                    items.append("<li>" + Self.inline(String(lines[index].dropFirst(2))) + "</li>")
                    index += 1
                }
                out += ["<ul>"] + items + ["</ul>"]
                continue
            } else {
                paragraph.append(line)
            }
            index += 1
        }
        flush()
        return out.joined(separator: "\n")
    }

    /// The level of an ATX heading (`## Summary` → 2), or `nil`.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// The target of `![alt](target)`.
    static func imageTarget(_ line: String) -> String? {
        guard line.hasSuffix(")"), let open = line.range(of: "](") else { return nil }
        return String(line[open.upperBound..<line.index(before: line.endIndex)])
    }

    /// A GFM table: header, alignment row, body rows.
    static func table(_ rows: [String]) -> [String] {
        guard rows.count >= 2 else { return rows.map { "<p>\(inline($0))</p>" } }
        let right = cells(rows[1]).map { $0.hasSuffix(":") }
        func row(_ line: String, tag: String) -> String {
            let parts = cells(line).enumerated().map { offset, cell in
                let numeric = offset < right.count && right[offset]
                return "<\(tag)\(numeric ? " class=\"num\"" : "")>\(inline(cell))</\(tag)>"
            }
            return "<tr>" + parts.joined() + "</tr>"
        }
        var out = ["<table>", "<thead>", row(rows[0], tag: "th"), "</thead>", "<tbody>"]
        out += rows.dropFirst(2).map { row($0, tag: "td") }
        out += ["</tbody>", "</table>"]
        return out
    }

    /// The cells of a table row, split on pipes that are not escaped; `\|` becomes `|`, as GFM reads it.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current += character == "|" ? "|" : "\\\(character)"
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current += "\\" }
        cells.append(current)
        // The leading and trailing pipes leave an empty first and last piece.
        return Array(cells.dropFirst().dropLast()).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Inline markup: code spans, `**strong**`, `[links](url)`, backslash escapes and entities.
    static func inline(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        var strong = false
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\"
            where index + 1 < characters.count
                && (characters[index + 1].isPunctuation || characters[index + 1].isSymbol):
                out += XMLText.escape(String(characters[index + 1]))
                index += 2
            case "`":
                var fence = 0
                while index + fence < characters.count && characters[index + fence] == "`" { fence += 1 }
                if let close = closingFence(characters, from: index + fence, length: fence) {
                    var content = String(characters[(index + fence)..<close])
                    if content.hasPrefix(" ") && content.hasSuffix(" ") && content.count > 1 {
                        content = String(content.dropFirst().dropLast())
                    }
                    out += "<code>\(XMLText.escape(content))</code>"
                    index = close + fence
                } else {
                    out += String(repeating: "`", count: fence)
                    index += fence
                }
            case "*" where index + 1 < characters.count && characters[index + 1] == "*":
                out += strong ? "</strong>" : "<strong>"
                strong.toggle()
                index += 2
            case "[":
                if let (label, target, end) = link(characters, at: index) {
                    out += "<a href=\"\(XMLText.escape(target))\">\(inline(label))</a>"
                    index = end
                } else {
                    out += "["
                    index += 1
                }
            case "&":
                if let end = entityEnd(characters, at: index) {
                    out += String(characters[index..<end])
                    index = end
                } else {
                    out += "&amp;"
                    index += 1
                }
            default:
                out += XMLText.escape(String(character))
                index += 1
            }
        }
        if strong { out += "</strong>" }
        return out
    }

    /// Where a code span of `length` backticks closes, if it does.
    static func closingFence(_ characters: [Character], from start: Int, length: Int) -> Int? {
        var index = start
        while index < characters.count {
            if characters[index] == "`" {
                var run = 0
                while index + run < characters.count && characters[index + run] == "`" { run += 1 }
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `[label](target)` starting at `index`: the label, the target and the index after it.
    static func link(_ characters: [Character], at index: Int) -> (String, String, Int)? {
        var depth = 0
        var cursor = index
        var escaped = false
        while cursor < characters.count {
            let character = characters[cursor]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            cursor += 1
        }
        guard cursor + 1 < characters.count, characters[cursor + 1] == "(",
            let close = characters[(cursor + 2)...].firstIndex(of: ")")
        else { return nil }
        let label = String(characters[(index + 1)..<cursor])
        let target = String(characters[(cursor + 2)..<close])
        return (label, target, close + 1)
    }

    /// The end of an entity (`&lt;`, `&#35;`) starting at `index`, if one does.
    static func entityEnd(_ characters: [Character], at index: Int) -> Int? {
        var cursor = index + 1
        while cursor < characters.count && cursor - index <= 10
            && (characters[cursor].isLetter || characters[cursor].isNumber || characters[cursor] == "#")
        {
            cursor += 1
        }
        guard cursor < characters.count, characters[cursor] == ";", cursor > index + 1 else { return nil }
        return cursor + 1
    }
}
