/// One `key: value` of a document's YAML front matter.
public struct FrontMatterEntry: Sendable, Hashable, Codable {
    /// The key as written.
    public var key: String
    /// The value as a string (lists joined with `, `).
    public var value: String
    /// Where the key is.
    public var place: SourcePlace

    /// Creates an entry.
    public init(key: String, value: String, place: SourcePlace) {
        self.key = key
        self.value = value
        self.place = place
    }
}
