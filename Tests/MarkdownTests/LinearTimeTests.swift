import Markdown
import Testing

/// Every shape of input is read in time linear in its length: the steps counted at n and 2n differ
/// by about a factor of two (a quadratic reader would give four).
///
/// Wall time is measured in release by hand (Benchmarks/README.md).
@Suite struct LinearTimeTests {
    /// The documents the issue names, at size `n`.
    static let shapes: [(name: String, make: @Sendable (Int) -> String)] = [
        ("nested quotes", { String(repeating: ">", count: $0) + " deep\n" }),
        ("nested quotes with spaces", { String(repeating: "> ", count: $0) + "deep\n" }),
        ("nested lists", { String(repeating: "- ", count: $0) + "deep\n" }),
        (
            "wide table",
            { n in
                "|" + String(repeating: " h |", count: n) + "\n|" + String(repeating: "---|", count: n) + "\n|"
                    + String(repeating: " c |", count: n) + "\n"
            }
        ),
        ("many headings", { String(repeating: "# Heading\n", count: $0) }),
        ("long table", { n in "| a | b |\n|---|---|\n" + String(repeating: "| 10:52 AM | x \\| y |\n", count: n) }),
        ("emphasis openers", { String(repeating: "*a ", count: $0) + "\n" }),
        ("underscores", { String(repeating: "_a_ __b", count: $0) + "\n" }),
        ("brackets", { String(repeating: "[", count: $0) + String(repeating: "a](b)", count: $0) + "\n" }),
        ("backticks", { (1...$0).map { String(repeating: "`", count: $0 % 50 + 1) }.joined(separator: " ") }),
        ("unclosed titles", { String(repeating: "[a](x \"", count: $0) + "\n" }),
        ("unclosed comments", { String(repeating: "a <!-- ", count: $0) + "\n" }),
        ("lazy lines", { String(repeating: "> ", count: 200) + "a\n" + String(repeating: "b\n", count: $0) }),
        ("thematic-break candidates", { String(repeating: "- ", count: $0) + "x\n" }),
        ("reference definitions", { String(repeating: "[a]: /u\n", count: $0) + "[a]\n" }),
    ]

    /// Block and inline steps for `text`.
    static func steps(_ text: String) -> Int {
        let document = MarkdownDocument(parsing: text)
        var steps = document.steps
        for block in document.blocks where !block.lines.isEmpty && block.kind != .codeBlock {
            steps += MarkdownPlainText(block, in: document).steps
        }
        return steps
    }

    @Test(arguments: 0..<shapes.count)
    func doublingTheInputAtMostDoublesTheWork(_ index: Int) {
        let shape = Self.shapes[index]
        let small = Self.steps(shape.make(4_000))
        let large = Self.steps(shape.make(8_000))
        let ratio = Double(large) / Double(max(small, 1))
        #expect(ratio < 2.3, "\(shape.name): \(small) steps at n, \(large) at 2n (×\(ratio))")
        #expect(small > 4_000, "\(shape.name): the work is counted")
    }

    @Test func eightyThousandNestedQuotesReadWithoutRecursion() {
        let document = MarkdownDocument(parsing: String(repeating: ">", count: 80_000) + " deep\n")
        #expect(document.blocks.count == 80_002)
        #expect(document.descendants().count == 80_001)
        let paragraph = document.blocks.last
        #expect(paragraph?.kind == .paragraph)
        #expect(paragraph?.start == MarkdownPosition(line: 1, column: 80_002))
    }
}
