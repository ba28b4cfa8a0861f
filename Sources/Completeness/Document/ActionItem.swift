import IncidentModel

/// One follow-up from the action-items section: a table row or a list item with its nested items.
public struct ActionItem: Sendable, Hashable {
    /// The item's text (a table row's cells joined with ` | `; a list item with its nested items).
    public var text: String
    /// Where the item starts.
    public var place: SourcePlace
    /// The owner cell or field, when the item has one with a value.
    public var owner: String?
    /// The ticket cell, field, link or id, when there is one.
    public var ticket: String?
    /// The status cell, field or checkbox, when there is one.
    public var status: String?
    /// For a table row, the missing columns; empty for list items.
    public var missingColumns: [String]

    /// Creates an item.
    public init(
        text: String, place: SourcePlace, owner: String? = nil, ticket: String? = nil, status: String? = nil,
        missingColumns: [String] = []
    ) {
        self.text = text
        self.place = place
        self.owner = owner
        self.ticket = ticket
        self.status = status
        self.missingColumns = missingColumns
    }

    /// A short label for messages: the first 60 characters of the text.
    public var label: String {
        let first = text.split(separator: "|").first.map { String($0).trimmed } ?? text
        return first.count > 60 ? String(first.prefix(57)) + "…" : first
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmed: String {
        var slice = self[...]
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
