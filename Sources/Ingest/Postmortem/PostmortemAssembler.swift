import IncidentModel

/// Builds a `Postmortem` from blocks: lines before the first heading form the preamble, and
/// each heading collects the lines up to the next heading of any level.
enum PostmortemAssembler {
    /// The postmortem for `blocks` read from `file`.
    static func postmortem(
        text: String, file: String, frontMatter: [FrontMatterEntry], blocks: [PostmortemBlock]
    ) -> Postmortem {
        var preamble: [DocumentLine] = []
        var sections: [DocumentSection] = []
        for block in blocks {
            switch block {
            case .heading(let heading, let level, let place):
                sections.append(DocumentSection(heading: heading, level: level, place: place))
            case .line(let line):
                if sections.isEmpty { preamble.append(line) } else { sections[sections.count - 1].lines.append(line) }
            case .tableHeader(let cells):
                if let last = sections.indices.last, sections[last].tableHeader.isEmpty {
                    sections[last].tableHeader = cells
                }
            }
        }
        return Postmortem(
            text: text, place: SourcePlace(file: file, line: 1, column: 1), frontMatter: frontMatter,
            preamble: preamble, sections: sections)
    }
}
