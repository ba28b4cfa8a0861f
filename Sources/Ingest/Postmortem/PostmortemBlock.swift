import IncidentModel

/// One block of a postmortem document in document order, as the Markdown and HTML readers find it.
enum PostmortemBlock: Sendable, Hashable {
    /// A heading, which opens a section.
    case heading(text: String, level: Int, place: SourcePlace)
    /// A paragraph, list item or table row.
    case line(DocumentLine)
    /// The header cells of a table.
    case tableHeader([String])
}
