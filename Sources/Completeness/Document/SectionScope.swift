import IncidentModel

/// A section of a document with the lines under it and under its subsections.
public struct SectionScope: Sendable, Hashable {
    /// The section itself.
    public var section: DocumentSection
    /// Its own lines, then those of deeper headings up to the next heading of its level or above.
    public var lines: [DocumentLine]
    /// The section followed by its subsections, in order.
    public var sections: [DocumentSection]
    /// The keys of the section definitions the heading matches.
    public var keys: Set<String>

    /// Creates a scope.
    public init(section: DocumentSection, lines: [DocumentLine], sections: [DocumentSection], keys: Set<String>) {
        self.section = section
        self.lines = lines
        self.sections = sections
        self.keys = keys
    }
}
