import IncidentModel

/// Sections a document marks without a heading, as a reviewer reads them: a bold or emphasised
/// label opening a list item or paragraph (`- **Impact**: …`, `**Key events**`, `_History_`), or a
/// plain line that is nothing but a section's name ("Action Items") with lines after it.
///
/// A label's section holds the text after the label on its own line, then the lines that follow
/// it up to the next label or the end of the heading's section.
enum LabelledSections {
    /// One label found on a line.
    struct Label {
        /// The label's words (`Key events`).
        var text: String
        /// The line's text after the label and its colon, when any.
        var rest: String
        /// Whether the label is a plain line (no markup): it must name a section exactly.
        var isPlain: Bool
    }

    /// The scopes of the labelled sections in `postmortem`, matched against `definitions`.
    static func scopes(
        in postmortem: Postmortem, sourceLines: [Substring], definitions: [(key: String, synonyms: [String])]
    ) -> [SectionScope] {
        var containers: [(lines: [DocumentLine], level: Int)] = [(postmortem.preamble, 1)]
        containers += postmortem.sections.map { ($0.lines, $0.level + 1) }
        var scopes: [SectionScope] = []
        for container in containers {
            let labels = container.lines.map { label(of: $0, sourceLines: sourceLines) }
            for (index, found) in labels.enumerated() {
                guard let found else { continue }
                let candidates = HeadingNormalizer.candidates(found.text)
                let keys = candidates.flatMap { candidate in
                    found.isPlain
                        ? definitions.filter { $0.synonyms.contains(candidate) }.map(\.key)
                        : HeadingNormalizer.keys(matching: candidate, in: definitions)
                }
                guard !keys.isEmpty || !found.isPlain else { continue }
                let line = container.lines[index]
                var lines: [DocumentLine] = []
                if !found.rest.isEmpty {
                    lines.append(DocumentLine(text: found.rest, place: line.place, kind: line.kind, links: line.links))
                }
                var next = index + 1
                while next < labels.count, labels[next] == nil {
                    lines.append(container.lines[next])
                    next += 1
                }
                let section = DocumentSection(
                    heading: found.text, level: container.level, place: line.place, lines: lines)
                scopes.append(SectionScope(section: section, lines: lines, sections: [section], keys: Set(keys)))
            }
        }
        return scopes
    }

    /// The label a line opens with, if it has one.
    static func label(of line: DocumentLine, sourceLines: [Substring]) -> Label? {
        guard line.kind == .paragraph || line.kind == .listItem else { return nil }
        if let source = sourceText(of: line, sourceLines: sourceLines), let marked = markedLabel(source) {
            let rest = rest(of: line.text, after: marked)
            return Label(text: marked, rest: rest, isPlain: false)
        }
        // A plain line: a few words, no sentence, no time, nothing after it on the line.
        guard line.kind == .paragraph else { return nil }
        var text = line.text.trimmingWhitespace()
        if text.hasSuffix(":") { text.removeLast() }
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), !text.contains("."), !text.contains(where: \.isNumber) else { return nil }
        return Label(text: text, rest: "", isPlain: true)
    }

    /// The source text of the line from its place on (the list marker already passed by the place).
    private static func sourceText(of line: DocumentLine, sourceLines: [Substring]) -> Substring? {
        guard let number = line.place.line, number >= 1, number <= sourceLines.count else { return nil }
        let whole = sourceLines[number - 1]
        var text = Substring(whole.utf8.dropFirst(max(0, (line.place.column ?? 1) - 1)))
        text = text.drop { $0 == " " || $0 == "\t" }
        for marker in ["- ", "* ", "+ "] where text.hasPrefix(marker) { text = text.dropFirst(2) }
        return text
    }

    /// `**Impact**:`, `__Impact__`, `*Impact*` or `_Impact_` at the start of `text`: the words inside.
    ///
    /// Strong emphasis may be followed by more text (`**Impact**: users…`); single emphasis must
    /// be the whole line (`_History_`), since an emphasised word may open any sentence.
    static func markedLabel(_ text: Substring) -> String? {
        for marker in ["**", "__", "*", "_"] where text.hasPrefix(marker) {
            let inner = text.dropFirst(marker.count)
            guard let close = inner.range(of: marker) else { continue }
            var label = String(inner[..<close.lowerBound]).trimmingWhitespace()
            if label.hasSuffix(":") { label.removeLast() }
            let after = inner[close.upperBound...].trimmingWhitespace()
            let words = label.split(separator: " ")
            guard (1...6).contains(words.count), !label.contains(".") || label.hasSuffix("."),
                marker.count == 2 || after.isEmpty
            else { continue }
            if marker.count == 2, !(after.isEmpty || after.hasPrefix(":") || after.hasPrefix("-")) { continue }
            return label
        }
        return nil
    }

    /// The line's text after its label and the colon or dash after it.
    private static func rest(of text: String, after label: String) -> String {
        guard let range = text.range(of: label) else { return "" }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == "*" || $0 == "_" }
        if rest.hasPrefix(":") || rest.hasPrefix("-") || rest.hasPrefix("–") { rest = rest.dropFirst() }
        return String(rest).trimmingWhitespace()
    }
}
