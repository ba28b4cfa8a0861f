/// A GitHub-flavoured Markdown table; cells must already be escaped.
struct MarkdownTable {
    /// Column alignment.
    enum Alignment {
        case left
        case right
    }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        header = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func append(_ cells: [String]) { rows.append(cells) }

    /// The table's lines.
    var lines: [String] {
        var out = ["| " + header.joined(separator: " | ") + " |"]
        out.append("|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined())
        for row in rows {
            out.append("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
        }
        return out
    }
}
