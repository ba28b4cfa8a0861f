/// A postmortem: inside a status page, or a team's own document.
public struct Postmortem: Sendable, Hashable, Codable {
    /// The whole text as plain text (or Markdown as written).
    public var text: String
    /// Where the postmortem starts.
    public var place: SourcePlace
    /// When it was posted, as written, when the source says.
    public var posted: WrittenTime?
    /// The posting time read by Chronology.
    public var postedResolved: ResolvedTime?
    /// YAML front matter, in order, values as strings.
    public var frontMatter: [FrontMatterEntry]
    /// Blocks before the first heading.
    public var preamble: [DocumentLine]
    /// The headed sections, in document order.
    public var sections: [DocumentSection]

    /// Creates a postmortem.
    public init(
        text: String, place: SourcePlace, posted: WrittenTime? = nil, postedResolved: ResolvedTime? = nil,
        frontMatter: [FrontMatterEntry] = [], preamble: [DocumentLine] = [], sections: [DocumentSection] = []
    ) {
        self.text = text
        self.place = place
        self.posted = posted
        self.postedResolved = postedResolved
        self.frontMatter = frontMatter
        self.preamble = preamble
        self.sections = sections
    }

    /// The front-matter value for a key, compared without case.
    public func frontMatterValue(_ key: String) -> String? {
        frontMatter.first { $0.key.lowercased() == key.lowercased() }?.value
    }
}
