/// A reconciled time found in the incident's text: a postmortem timeline line or a time in a body.
public struct TimelineEntry: Sendable, Hashable, Codable {
    /// Where the text came from.
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// The posting time of a status update.
        case statusUpdate = "status-update"
        /// A time inside a status update's body.
        case updateBody = "update-body"
        /// A line of the postmortem (its timeline or prose).
        case postmortem
        /// A front-matter key of a postmortem document.
        case frontMatter = "front-matter"
    }

    /// Where the text came from.
    public var source: Source
    /// The sentence or line the time is in.
    public var text: String
    /// The time (the start, for a range).
    public var time: ResolvedTime
    /// The end of a range, when the text gives one.
    public var end: ResolvedTime?
    /// The heading of the postmortem section the line is in, when there is one.
    public var section: String?

    /// Creates an entry.
    public init(source: Source, text: String, time: ResolvedTime, end: ResolvedTime? = nil, section: String? = nil) {
        self.source = source
        self.text = text
        self.time = time
        self.end = end
        self.section = section
    }
}
