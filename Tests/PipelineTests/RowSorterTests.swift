import Foundation
import IncidentModel
import Reporting
import Testing

@testable import Pipeline

@Suite struct RowSorterTests {
    private func row(_ seed: Int, input: Int) -> SortedRow {
        // Deterministic but scrambled keys, with ties on the start and the vendor, some unknown
        // starts, non-ASCII text and a row longer than the reading window.
        let scrambled = (seed * 7919) % 1000
        let start: Date? = scrambled % 13 == 0 ? nil : Date(timeIntervalSince1970: Double(scrambled / 3) * 60)
        let vendor = ["Ácme", "Acme", "Zeta"][scrambled % 3]
        let text = seed == 5 ? String(repeating: "é,", count: 50_000) + "\r\n" : "row \(seed) – \(vendor)\r\n"
        let place = SourcePlace(
            file: "/in/\(input).rss", line: scrambled % 5 == 0 ? nil : seed,
            element: seed % 2 == 0 ? "item[\(seed)]" : nil)
        return SortedRow(
            key: ChronologicalKey(windowStart: start, vendor: vendor, id: "id\(scrambled % 17)", place: place),
            input: input, text: text)
    }

    @Test func spilledRunsMergeIntoTheSameOrderAsAnInMemorySort() throws {
        let rows = (0..<600).map { row($0, input: $0 % 4) }
        let expected = rows.sorted(by: SortedRow.before).filter { $0.input != 2 }.map(\.text)
        for budget in [1, 2_000, 50_000, 100 << 20] {
            var sorter = RowSorter(budget: budget)
            for row in rows { try sorter.add(row) }
            var drained: [String] = []
            try sorter.drain(dropping: [2]) { drained.append($0.text) }
            #expect(drained == expected, "budget \(budget)")
            if budget == 1 { #expect(sorter.spilledRuns == rows.count) }
            if budget == 100 << 20 { #expect(sorter.spilledRuns == 0) }
        }
    }

    @Test func keysSurviveTheScratchFileExactly() throws {
        var bytes: [UInt8] = []
        let rows = (0..<50).map { row($0, input: $0) }
        for row in rows { row.encode(into: &bytes) }
        var offset = 0
        var decoded: [SortedRow] = []
        while let row = SortedRow.decode(bytes, at: &offset) { decoded.append(row) }
        #expect(offset == bytes.count)
        #expect(decoded.map(\.key) == rows.map(\.key))
        #expect(decoded.map(\.text) == rows.map(\.text))
        // A row cut short is not decoded (the reader fetches more and tries again).
        var cut = 0
        #expect(SortedRow.decode(Array(bytes.prefix(30)), at: &cut) == nil)
        #expect(cut == 0)
    }
}
