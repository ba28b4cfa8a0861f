/// One `<item>` or `<entry>` of a feed, as the streaming reader saw it: its direct child elements.
struct FeedEntry {
    /// One direct child element of the entry.
    struct Field {
        /// The local name (`title`, `content`, `encoded`, `link`).
        var name: String
        /// The namespace prefix, when the element had one (`content` for `content:encoded`).
        var prefix: String?
        /// The attributes, by name.
        var attributes: [String: String]
        /// The text of the element and its descendants, as UTF-8 bytes (entities decoded once).
        var bytes: [UInt8]
        /// The 1-based line the element starts on.
        var line: Int

        /// The text as a `String`, whitespace collapsed.
        var text: String { FeedBodyText.collapsed(bytes[...]) }
    }

    /// The 1-based position of the entry among the entries of the feed.
    var index: Int
    /// The element name (`item` or `entry`).
    var element: String
    /// The 1-based line the entry starts on.
    var line: Int
    /// The child elements, in document order.
    var fields: [Field]

    /// The first field with the local name.
    func field(_ name: String) -> Field? { fields.first { $0.name == name } }

    /// Every field with the local name.
    func fields(_ name: String) -> [Field] { fields.filter { $0.name == name } }
}
