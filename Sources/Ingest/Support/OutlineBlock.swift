import IncidentModel

/// One block of a postmortem before it is grouped under headings.
struct OutlineBlock {
    /// The text, inline markup removed, whitespace collapsed.
    var text: String
    /// What kind of block it is.
    var kind: DocumentLine.Kind
    /// The heading level (1 for `#`), for headings.
    var level: Int
    /// Where the block is.
    var place: SourcePlace
    /// Table cells, for table rows.
    var cells: [String] = []
}
