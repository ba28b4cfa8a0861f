import Foundation
import IncidentModel

/// Splits a prose component list (`Regions (SGP1) and Services (Spaces).`) into names, keeping
/// commas inside parentheses (`Group (A, B)`).
enum ComponentList {
    /// The names, in order, with a leading `This incident affected:` and the final period removed.
    static func split(_ prose: String) -> [String] {
        var text = prose.trimmingWhitespaceAndNewlines()
        for prefix in ["This incident affected:", "This maintenance affected:", "This update affected:"]
        where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        if text.hasSuffix(".") { text.removeLast() }
        var pieces: [String] = []
        var current = ""
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if character == "," {
                    pieces.append(current)
                    current = ""
                    index = text.index(after: index)
                    continue
                }
                if text[index...].hasPrefix(" and ") {
                    pieces.append(current)
                    current = ""
                    index = text.index(index, offsetBy: 5)
                    continue
                }
            }
            current.append(character)
            index = text.index(after: index)
        }
        pieces.append(current)
        return pieces.map { piece in
            var name = piece.trimmingWhitespace()
            if name.hasPrefix("and ") { name = String(name.dropFirst(4)) }
            return name.trimmingWhitespace()
        }.filter { !$0.isEmpty }
    }

    /// Appends names not yet present, keeping first-seen order.
    static func merge(_ names: [String], into list: inout [String]) {
        for name in names where !name.isEmpty && !list.contains(name) { list.append(name) }
    }
}
