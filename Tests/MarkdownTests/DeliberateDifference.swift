import Foundation
import Markdown

/// Where our tree differs from cmark-gfm 0.29.0.gfm.6 on purpose, each with its reason.
///
/// The comparison accepts a difference only when one of these names it.
enum DeliberateDifference: String, CaseIterable {
    /// cmark-gfm pads a short table row with empty cells placed at column 0; we keep the cells
    /// written (the Ingest walker pads to the header's count), so the tree stays linear in the
    /// input: a 20,000-column header over one-cell rows would otherwise multiply.
    case paddedCells = "cmark pads short rows with empty cells at column 0"
    /// When a table's header is the last line of a longer paragraph, cmark-gfm gives the
    /// paragraph no position and starts the table, its header and the header's cells at the
    /// paragraph's first line (cell columns counted from the paragraph's start); we place each
    /// where it is written.
    case paragraphBeforeTable = "cmark misplaces a paragraph before a table header and the header"
    /// A setext heading closed by a later line ends, in cmark, on that later line; ours ends on
    /// its underline.
    case setextEnd = "cmark ends a setext heading on the line after its underline"
    /// An HTML block closed by its end condition (`-->`, `?>`, `>`, `]]>`, `</script>`…) ends,
    /// in cmark, on the line before the closing line (0:0 for a one-line block); ours ends on
    /// the closing line.
    case htmlEnd = "cmark ends an HTML block closed by its end condition one line early"
    /// A paragraph (or the setext heading it becomes) that starts with link reference
    /// definitions keeps, in cmark, the start of the definitions taken off; ours starts at its
    /// first remaining line.
    case referenceStart = "cmark starts a paragraph at the reference definitions taken off it"
    /// cmark counts the columns of a row's cells from the table's first column, so the cells
    /// of a row indented more or less than the table's first line are shifted; ours are where
    /// they are written.
    case shiftedRowCells = "cmark counts an indented row's cell columns from the table's first column"
    /// cmark-gfm 0.29.0.gfm.6 finds a task box only after a list marker at the start of the
    /// line (not in a block quote, not after a second marker on the same line), and ticks an
    /// item when `[x]` appears anywhere on its line; ours reads the box right after the item's
    /// marker, wherever the item is, and ticks it by the box alone. The item's paragraph then
    /// starts after the box.
    case taskBoxPlacement = "cmark finds task boxes only after a marker at the line start"
    /// cmark counts a NUL byte as the three bytes of U+FFFD it is replaced with; we count the
    /// file's bytes, which is what `check` uses to locate phrases.
    case nulColumns = "cmark counts a NUL byte as three bytes"

    /// Whether `ours` may differ from `reference` (same kind and depth) for this reason.
    func accepts(ours: TreeRow, reference: TreeRow, context: Context) -> Bool {
        switch self {
        case .paddedCells:
            return false
        case .paragraphBeforeTable:
            return context.afterUnplacedParagraph
        case .setextEnd:
            return ours.kind == "heading" && ours.start == reference.start
                && reference.end.line == ours.end.line + 1 && ours.end.line > ours.start.line
        case .htmlEnd:
            return ours.kind == "html_block" && ours.start == reference.start
                && (reference.end.line == ours.end.line - 1)
        case .referenceStart:
            return ["paragraph", "heading"].contains(ours.kind) && ours.end == reference.end
                && reference.start.line < ours.start.line
        case .shiftedRowCells:
            return ours.kind == "table_cell" && ours.start.line == reference.start.line
                && ours.end.line == reference.end.line
        case .taskBoxPlacement:
            return context.afterTaskBox && ours.kind == "paragraph" && ours.start.line == reference.start.line
                && ours.start.column > reference.start.column
        case .nulColumns:
            return context.linesWithNUL.contains(ours.start.line) || context.linesWithNUL.contains(ours.end.line)
        }
    }

    /// What the comparison knows about the document and the rows before.
    struct Context {
        var linesWithNUL: Set<Int>
        var afterUnplacedParagraph = false
        var afterTaskBox = false
    }
}
