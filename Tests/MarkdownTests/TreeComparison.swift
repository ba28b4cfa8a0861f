import Foundation
import Markdown

/// Compares our block tree of a document with cmark-gfm's.
struct TreeComparison {
    /// Rows that differ for no named reason, as `ours ≠ reference` lines.
    var mismatches: [String] = []
    /// How often each deliberate difference was seen.
    var differences: [DeliberateDifference: Int] = [:]
    /// How many blocks were compared.
    var compared = 0

    /// Compares the trees of `data`.
    init(_ data: Data) throws {
        let reference = try ReferenceTree.rows(of: data)
        let document = MarkdownDocument(parsing: String(decoding: data, as: UTF8.self))
        let ours = TreeRow.rows(of: document)
        var kept: [TreeRow] = []
        for row in reference {
            if row.kind == "table_cell", row.start.column == 0 {
                differences[.paddedCells, default: 0] += 1
            } else {
                kept.append(row)
            }
        }
        let shape = { (rows: [TreeRow]) in rows.map { "\($0.depth) \($0.kind == "tasklist" ? "item" : $0.kind)" } }
        guard shape(ours) == shape(kept) else {
            let index = Array(zip(shape(ours), shape(kept))).firstIndex { $0 != $1 } ?? min(ours.count, kept.count)
            let ourRow = index < ours.count ? ours[index].description : "(none)"
            let theirRow = index < kept.count ? kept[index].description : "(none)"
            mismatches.append("tree shape differs at block \(index): ours \(ourRow), cmark-gfm \(theirRow)")
            return
        }
        var context = DeliberateDifference.Context(linesWithNUL: Self.linesWithNUL(data))
        var unplacedDepth: Int?
        var sawTable = false
        var taskParagraphDepth: Int?
        for (our, their) in zip(ours, kept) {
            compared += 1
            if our.kind != their.kind {
                // Shapes matched, so this is an item that only one side reads as a task item.
                if our.kind == "tasklist", our.start == their.start, our.end == their.end {
                    differences[.taskBoxPlacement, default: 0] += 1
                    taskParagraphDepth = our.depth + 1
                } else {
                    mismatches.append("ours \(our) ≠ cmark-gfm \(their)")
                }
                continue
            }
            context.afterTaskBox = taskParagraphDepth == our.depth
            if our.depth < (taskParagraphDepth ?? 0) { taskParagraphDepth = nil }
            if let depth = unplacedDepth, our.depth <= depth, !(our.kind == "table" && !sawTable) {
                if our.kind != "paragraph" || their.start.line != 0 {
                    unplacedDepth = nil
                    context.afterUnplacedParagraph = false
                }
            }
            if let depth = unplacedDepth, our.depth == depth, our.kind == "table" { sawTable = true }
            if their.kind == "paragraph", their.start.line == 0 {
                unplacedDepth = their.depth
                sawTable = false
                context.afterUnplacedParagraph = true
            }
            guard our.start != their.start || our.end != their.end else { continue }
            // The start and the end are explained one at a time: a block may differ in both for
            // two reasons (a setext heading after reference definitions).
            var reasons: [DeliberateDifference] = []
            var explained = true
            for partial in [
                TreeRow(depth: their.depth, kind: their.kind, start: their.start, end: our.end),
                TreeRow(depth: their.depth, kind: their.kind, start: our.start, end: their.end),
            ] where partial.start != our.start || partial.end != our.end {
                guard
                    let reason = DeliberateDifference.allCases.first(where: {
                        $0.accepts(ours: our, reference: partial, context: context)
                    })
                else {
                    explained = false
                    break
                }
                reasons.append(reason)
            }
            if explained {
                for reason in reasons { differences[reason, default: 0] += 1 }
            } else {
                mismatches.append("ours \(our) ≠ cmark-gfm \(their)")
            }
        }
    }

    /// The lines (from 1) that hold a NUL byte.
    static func linesWithNUL(_ data: Data) -> Set<Int> {
        var lines: Set<Int> = []
        var line = 1
        var previous: UInt8 = 0
        for byte in data {
            if byte == 0x0A, previous != 0x0D { line += 1 }
            if byte == 0x0D { line += 1 }
            if byte == 0 { lines.insert(line) }
            previous = byte
        }
        return lines
    }
}
