import Foundation
import Markdown
import PropertyBased
import Testing

/// Generated documents (nesting, lists inside quotes, tables with escaped pipes, CRLF and CR
/// line ends, tabs) have cmark-gfm's block tree and positions, apart from the named differences.
@Suite(.enabled(if: ReferenceTree.executable != nil, "\(ReferenceTree.skipReason)"))
struct GeneratedDocumentTests {
    /// Container prefixes a line may start with.
    static let prefixes = [
        "", "> ", "- ", "1. ", "  ", "\t", "> - ", "- > ", ">>", "   ", "* [ ] ", "- [x] ", "    ",
        // A box cmark-gfm does not read (`taskBoxPlacement`) is followed by text, so the item's
        // paragraph exists on both sides and what follows reads the same.
        "> - [ ] task ",
    ]
    /// Line bodies.
    static let bodies = [
        "plain text", "", "# heading", "## closed ##", "===", "---", "***", "```", "~~~ info", "| a | b |",
        "|---|:-:|", "| 1 \\| x | 2 |", "a | b", "<div>", "<!-- note -->", "<!-- open", "-->", "[r]: /url",
        "*em* and **strong** `code`", "\ttabbed", "10:52 AM - 12:55 PM EST", "- item", "2) second", "  ", "<b>x</b>",
        "[link](https://example.test) www.example.test", "Setext", "| only |", ":-:", "&amp; &#35; \\*",
    ]
    static let endings = ["\n", "\r\n", "\r"]

    static func document(_ lines: [Int], ending: Int) -> String {
        lines.map { code in
            let prefix = prefixes[code % prefixes.count]
            let body = bodies[(code / prefixes.count) % bodies.count]
            return prefix + body
        }.joined(separator: endings[ending % endings.count]) + endings[ending % endings.count]
    }

    @Test func generatedDocumentsHaveTheReferenceTree() async {
        let lines = Gen<Int>.value(in: 0...(Self.prefixes.count * Self.bodies.count - 1)).array(of: 1...14)
        let ending = Gen<Int>.value(in: 0...2)
        await propertyCheck(count: 1000, input: lines, ending) { lines, ending in
            let text = Self.document(lines, ending: ending)
            let comparison = try TreeComparison(Data(text.utf8))
            #expect(comparison.mismatches.isEmpty, "\(text.debugDescription): \(comparison.mismatches)")
        }
    }

    @Test func deepNestingOfQuotesAndListsHasTheReferenceTree() throws {
        for depth in [1, 5, 40, 300] {
            let quotes = String(repeating: "> ", count: depth) + "deep\n" + String(repeating: ">", count: depth) + "\n"
            let lists =
                (0..<min(depth, 60)).map { String(repeating: "  ", count: $0) + "- level \($0)" }
                .joined(separator: "\n") + "\n"
            for text in [quotes, lists, "> - a\n>   - b\n>\n> c\n"] {
                let comparison = try TreeComparison(Data(text.utf8))
                #expect(comparison.mismatches.isEmpty, "depth \(depth): \(comparison.mismatches.prefix(3))")
            }
        }
    }
}
