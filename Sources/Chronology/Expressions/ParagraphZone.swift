/// A zone written on another time in the same paragraph (`11:32am ET`), lent to a time written
/// without one (`At 2:40pm`) in that paragraph; or the zone the paragraph declares for its times.
struct ParagraphZone: Sendable, Hashable {
    /// The label as written (`ET`) or declared.
    var label: String
    /// What it means.
    var entry: ZoneEntry
    /// The expression it is written on (`July 27th 2023 at 11:32am ET`); `nil` when declared.
    var source: String?

    /// Whether the paragraph declares the zone ("all times UTC") rather than writes it on a time.
    var isDeclared: Bool { source == nil }

    /// For each expression, the zone it borrows from its paragraph: `nil` when it has its own zone
    /// or when no other time in its paragraph (text between line breaks) names one.
    ///
    /// A paragraph that declares a zone for its times ("all times UTC") lends that; otherwise the
    /// nearest zone written before the time in the paragraph is lent, else the nearest one after it.
    static func lend(to expressions: [TimeExpression], in text: String, table: ZoneTable) -> [ParagraphZone?] {
        var lent = [ParagraphZone?](repeating: nil, count: expressions.count)
        guard expressions.contains(where: { $0.start.hasClock && $0.start.zone == nil }),
            expressions.contains(where: { $0.start.zone != nil })
        else { return lent }
        // Expressions come left to right, so those of one paragraph are a run: each run is read
        // once, and the nearest zoned expression on each side is found in two sweeps over it.
        let paragraphs = paragraphs(of: expressions, in: text)
        var first = 0
        while first < expressions.count {
            var last = first
            while last + 1 < expressions.count, paragraphs[last + 1] == paragraphs[first] { last += 1 }
            lend(run: first...last, of: expressions, paragraph: paragraphs[first], in: text, table: table, to: &lent)
            first = last + 1
        }
        return lent
    }

    /// Lends zones within one paragraph's run of expressions.
    private static func lend(
        run: ClosedRange<Int>, of expressions: [TimeExpression], paragraph: Range<String.Index>, in text: String,
        table: ZoneTable, to lent: inout [ParagraphZone?]
    ) {
        WorkMeter.record(run.count)
        let needs = run.filter { expressions[$0].start.hasClock && expressions[$0].start.zone == nil }
        guard !needs.isEmpty, run.contains(where: { expressions[$0].start.zone != nil }) else { return }
        let declared = TextCues.declaredZone(in: String(text[paragraph]), table: table).flatMap { label in
            table.lookup(label).map { ParagraphZone(label: label, entry: $0, source: nil) }
        }
        if let declared {
            for index in needs { lent[index] = declared }
            return
        }
        // The nearest zoned expression before each one, else the nearest after it.
        var before = [Int?](repeating: nil, count: run.count)
        var after = [Int?](repeating: nil, count: run.count)
        var nearest: Int?
        for index in run {
            before[index - run.lowerBound] = nearest
            if expressions[index].start.zone != nil { nearest = index }
        }
        nearest = nil
        for index in run.reversed() {
            after[index - run.lowerBound] = nearest
            if expressions[index].start.zone != nil { nearest = index }
        }
        for index in needs {
            guard let donor = before[index - run.lowerBound] ?? after[index - run.lowerBound],
                let label = expressions[donor].start.zoneLabel, let entry = expressions[donor].start.zone
            else { continue }
            lent[index] = ParagraphZone(label: label, entry: entry, source: expressions[donor].text)
        }
    }

    /// The line (text between line breaks) holding each expression: from after the last `\n` before
    /// it to the first `\n` after it (a `\r\n` is one `Character`, not a `\n`, as `String` reads it).
    ///
    /// The breaks are found in one walk over the text, and since the expressions are in order and do
    /// not overlap, two cursors over them only move forward.
    private static func paragraphs(of expressions: [TimeExpression], in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        var breaks: [String.Index] = []
        var previous: UInt8 = 0
        for index in utf8.indices {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D { breaks.append(index) }
            previous = byte
        }
        WorkMeter.record(utf8.count)
        var result: [Range<String.Index>] = []
        result.reserveCapacity(expressions.count)
        var startCursor = 0
        var endCursor = 0
        for expression in expressions {
            while startCursor < breaks.count, breaks[startCursor] < expression.range.lowerBound { startCursor += 1 }
            while endCursor < breaks.count, breaks[endCursor] < expression.range.upperBound { endCursor += 1 }
            let start = startCursor > 0 ? utf8.index(after: breaks[startCursor - 1]) : text.startIndex
            let end = endCursor < breaks.count ? breaks[endCursor] : text.endIndex
            result.append(start..<end)
        }
        return result
    }
}
