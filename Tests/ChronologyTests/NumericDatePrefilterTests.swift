import Foundation
import PropertyBased
import Testing

@testable import Chronology

/// `NumericDateOrder.mayHoldNumericDate` only skips texts in which the parser finds no numeric
/// (day- or month-first) date: a text it rejects never yields one.
@Suite struct NumericDatePrefilterTests {
    static let alphabet: [String] = [
        "1", "2", "12", "31", "2025", "24", "-", "/", "‐", "−", "–", ".", " ", "\u{A0}", ":", "a", "Jan", "é", "\n",
        "10:00", "T", "Z",
    ]

    /// Whether the parser finds a numeric day- or month-first date in `text`.
    static func parsesNumericDate(_ text: String) -> Bool {
        TimeExpressionReader().expressions(in: text).contains { expression in
            [expression.start.date, expression.end?.date].contains { date in
                date?.notation == DateParser.dayFirstNumeric || date?.notation == DateParser.monthFirstNumeric
            }
        }
    }

    @Test func aRejectedTextHoldsNoNumericDate() async {
        let pieces = Gen<Int>.value(in: 0...(Self.alphabet.count - 1)).array(of: 0...12)
        await propertyCheck(count: 4000, input: pieces) { pieces in
            let text = pieces.map { Self.alphabet[$0] }.joined()
            if !NumericDateOrder.mayHoldNumericDate(text) {
                #expect(!Self.parsesNumericDate(text), "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("1-10-2025", true), ("02/24/24", true), ("on 28‐11‐2024 at", true), ("5/6/2025", true),
        ("2025-01-10", false), ("2025-01-10T14:02Z", false), ("at 14:05 UTC", false), ("version 1.2.3", false),
        ("", false), ("12-2025", false),
    ])
    func knownShapes(text: String, passes: Bool) {
        #expect(NumericDateOrder.mayHoldNumericDate(text) == passes)
        if !passes { #expect(!Self.parsesNumericDate(text)) }
        if passes, text.contains("2025") || text.contains("24") { #expect(Self.parsesNumericDate(text)) }
    }
}
