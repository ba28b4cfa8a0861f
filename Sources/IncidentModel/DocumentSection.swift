/// A headed section of a postmortem document, with the blocks under it.
public struct DocumentSection: Sendable, Hashable, Codable {
    /// The heading text as written (`Timeline (all times UTC)`).
    public var heading: String
    /// The heading level (1 for `#`).
    public var level: Int
    /// Where the heading is.
    public var place: SourcePlace
    /// The blocks under the heading, up to the next heading of any level.
    public var lines: [DocumentLine]
    /// For a table, its header cells; empty otherwise.
    public var tableHeader: [String]

    /// Creates a section.
    public init(
        heading: String, level: Int, place: SourcePlace, lines: [DocumentLine] = [], tableHeader: [String] = []
    ) {
        self.heading = heading
        self.level = level
        self.place = place
        self.lines = lines
        self.tableHeader = tableHeader
    }
}
