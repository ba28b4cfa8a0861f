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
        guard expressions.contains(where: { $0.start.hasClock && $0.start.zone == nil }),
            expressions.contains(where: { $0.start.zone != nil })
        else { return Array(repeating: nil, count: expressions.count) }
        let paragraphs = expressions.map { paragraph(around: $0.range, in: text) }
        var declared: [Range<String.Index>: ParagraphZone?] = [:]
        var lent: [ParagraphZone?] = []
        for (index, expression) in expressions.enumerated() {
            guard expression.start.hasClock, expression.start.zone == nil else {
                lent.append(nil)
                continue
            }
            let mine = paragraphs[index]
            let same = expressions.indices.filter { paragraphs[$0] == mine && expressions[$0].start.zone != nil }
            guard !same.isEmpty else {
                lent.append(nil)
                continue
            }
            if declared[mine] == nil {
                declared[mine] = TextCues.declaredZone(in: String(text[mine]), table: table).flatMap { label in
                    table.lookup(label).map { ParagraphZone(label: label, entry: $0, source: nil) }
                }
            }
            if let declaration = declared[mine] ?? nil {
                lent.append(declaration)
                continue
            }
            guard let donor = same.last(where: { $0 < index }) ?? same.first(where: { $0 > index }),
                let label = expressions[donor].start.zoneLabel, let entry = expressions[donor].start.zone
            else {
                lent.append(nil)
                continue
            }
            lent.append(ParagraphZone(label: label, entry: entry, source: expressions[donor].text))
        }
        return lent
    }

    /// The line (text between line breaks) holding a range.
    private static func paragraph(around range: Range<String.Index>, in text: String) -> Range<String.Index> {
        let start = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let end = text[range.upperBound...].firstIndex(of: "\n") ?? text.endIndex
        return start..<end
    }
}
