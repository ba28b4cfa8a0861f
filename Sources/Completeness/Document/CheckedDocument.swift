import Foundation
import IncidentModel
import Metrics

/// A postmortem prepared for the rules: its sections matched to definitions, and its source text
/// for exact places.
public struct CheckedDocument: Sendable {
    /// The incident read from the document and reconciled.
    public let incident: Incident
    /// The incident's measurements, as `report` has them: its milestones are the report's.
    public let metrics: IncidentMetrics
    /// The document.
    public let postmortem: Postmortem
    /// The configuration in force for this file.
    public let configuration: CheckConfiguration
    /// Every section with its scope, in document order.
    public let scopes: [SectionScope]
    /// The document's source lines, for finding the exact place of a phrase.
    let sourceLines: [Substring]
    /// The document's times, read through Chronology.
    public private(set) var times = DocumentTimes.empty
    /// The action items under every action-items section, read once for the rules that check them.
    private(set) var actionItems: [ActionItem] = []

    /// Prepares `incident` (which must carry a postmortem; one without is checked as empty), measured
    /// as `metrics`.
    public init(incident: Incident, metrics: IncidentMetrics, configuration: CheckConfiguration) {
        self.incident = incident
        self.metrics = metrics
        let postmortem = incident.postmortem ?? Postmortem(text: "", place: incident.place)
        self.postmortem = postmortem
        self.configuration = configuration
        self.sourceLines = Self.lines(of: postmortem.text)
        let definitions = configuration.sections.map { (key: $0.key, synonyms: $0.normalizedSynonyms) }
        var scopes: [SectionScope] = []
        let sections = postmortem.sections
        for (index, section) in sections.enumerated() {
            var lines = section.lines
            var subsections = [section]
            var next = index + 1
            while next < sections.count, sections[next].level > section.level {
                lines += sections[next].lines
                subsections.append(sections[next])
                next += 1
            }
            let keys = HeadingNormalizer.candidates(section.heading).flatMap { candidate in
                HeadingNormalizer.keys(matching: candidate, in: definitions)
            }
            scopes.append(
                SectionScope(section: section, lines: lines, sections: subsections, keys: Set(keys)))
        }
        scopes += LabelledSections.scopes(in: postmortem, sourceLines: sourceLines, definitions: definitions)
        scopes.sort { ($0.section.place.line ?? 0) < ($1.section.place.line ?? 0) }
        let read = scopes.map { SectionContentReading.keys(for: $0, among: scopes) }
        for index in scopes.indices { scopes[index].keys.formUnion(read[index]) }
        self.scopes = scopes
        self.times = DocumentTimes(document: self)
        self.actionItems = ActionItemReader.items(in: self)
    }

    /// The file the document was read from.
    public var file: String { incident.place.file }

    /// The sections whose heading matches the definition with `key`.
    public func sections(_ key: String) -> [SectionScope] { scopes.filter { $0.keys.contains(key) } }

    /// All lines of the sections matching `key`.
    public func lines(in key: String) -> [DocumentLine] {
        var seen = Set<SourcePlace>()
        return sections(key).flatMap(\.lines).filter { seen.insert($0.place).inserted }
    }

    /// Where the document is as a whole: its first heading, else its first line.
    public var documentPlace: SourcePlace {
        postmortem.sections.first?.place ?? SourcePlace(file: file, line: 1, column: 1)
    }

    /// `place` with its column counted in Unicode code points rather than UTF-8 bytes.
    ///
    /// cmark-gfm and `locate` count bytes; SARIF and editors count characters. Lines of pure ASCII
    /// are unchanged.
    public func characterColumn(_ place: SourcePlace) -> SourcePlace {
        let isDocument = [.markdownPostmortem, .htmlPostmortem].contains(incident.sourceFormat)
        guard isDocument, let line = place.line, let column = place.column, line >= 1, line <= sourceLines.count
        else { return place }
        let bytes = sourceLines[line - 1].utf8
        let prefix = bytes.prefix(max(0, column - 1))
        guard prefix.contains(where: { $0 >= 0x80 }) else { return place }
        var copy = place
        copy.column = prefix.filter { $0 & 0xC0 != 0x80 }.count + 1
        return copy
    }

    /// The text's lines as cmark-gfm counts them: `\n`, `\r\n` and a lone `\r` each end a line.
    ///
    /// Split on bytes: in Swift `"\r\n"` is one Character, equal to neither `"\r"` nor `"\n"`, so a
    /// split on `"\n"` would leave a Windows-style file as one line.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(Substring(bytes[start..<index]))
            var next = bytes.index(after: index)
            if byte == 0x0D, next != bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
            start = next
            index = next
        }
        lines.append(Substring(bytes[start..<bytes.endIndex]))
        return lines
    }

    /// The exact place of `phrase` in the source at or after `start` (the block it was found in),
    /// searching the block's following lines too; `start` when it cannot be found or when the
    /// postmortem came from a status-page export (whose text is not the file's).
    public func locate(_ phrase: String, from start: SourcePlace, lineLimit: Int = 40) -> SourcePlace {
        let isDocument = [.markdownPostmortem, .htmlPostmortem].contains(incident.sourceFormat)
        // A place from another reading of the text can name a line past the last one: not searched.
        guard isDocument, let line = start.line, line >= 1, line <= sourceLines.count, !phrase.isEmpty else {
            return start
        }
        let needle = phrase.lowercased()
        for index in (line - 1)..<min(sourceLines.count, line - 1 + lineLimit) {
            let text = sourceLines[index].lowercased()
            let skip = index == line - 1 ? max(0, (start.column ?? 1) - 1) : 0
            guard skip <= text.utf8.count else { continue }
            let searched = text.utf8.dropFirst(skip)
            if let range = Substring(searched).range(of: needle) {
                let column = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound) + 1
                return SourcePlace(file: start.file, line: index + 1, column: column)
            }
        }
        return start
    }
}
