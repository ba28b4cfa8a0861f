import IncidentModel

/// Builds a `Postmortem` from blocks: lines before the first heading form the preamble, and
/// each heading collects the lines up to the next heading of any level.
///
/// The front matter's incident date (`incident_date`, else `date`, written `YYYY-MM-DD`) opens the
/// preamble as a date line at its place in the front matter, so Chronology dates the times written
/// without one from it, as it does under a date line (`**Jan 10, 2025**`) in the text.
enum PostmortemAssembler {
    /// Front-matter keys that give the incident's date, first found wins.
    static let dateKeys = ["incident_date", "date"]

    /// The postmortem for `blocks` read from `file`.
    static func postmortem(
        text: String, file: String, frontMatter: [FrontMatterEntry], blocks: [PostmortemBlock]
    ) -> Postmortem {
        var preamble: [DocumentLine] = dateLine(frontMatter).map { [$0] } ?? []
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

    /// The date line for the front matter's incident date: `date: 2025-01-10` (the date part of a
    /// value such as `2025-01-10T14:02:00Z`, so the line carries no time of day), or `nil`.
    static func dateLine(_ frontMatter: [FrontMatterEntry]) -> DocumentLine? {
        for key in dateKeys {
            guard let entry = frontMatter.first(where: { $0.key.lowercased() == key }) else { continue }
            let date = entry.value.trimmingWhitespace().prefix(10)
            let parts = date.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else {
                continue
            }
            return DocumentLine(text: "\(entry.key): \(date)", place: entry.place, kind: .paragraph)
        }
        return nil
    }
}

extension Character {
    /// Whether the character is one of `0`–`9`.
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
