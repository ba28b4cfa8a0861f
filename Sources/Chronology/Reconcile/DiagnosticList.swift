import IncidentModel

/// A list of diagnostics that keeps the first of equal ones, as `Set<Diagnostic>` would tell them
/// apart, without hashing whole messages and readings: candidates are found by code, message length
/// and line, and compared with `==`.
struct DiagnosticList {
    /// What equal diagnostics share, cheap to hash.
    private struct Key: Hashable {
        var code: String
        var messageLength: Int
        var line: Int?
    }

    /// The diagnostics, in order.
    private(set) var items: [Diagnostic]
    private var positions: [Key: [Int]] = [:]

    /// A list starting with `items`, kept whole even when some of them are equal.
    init(_ items: [Diagnostic]) {
        self.items = items
        for (position, item) in items.enumerated() { positions[Self.key(item), default: []].append(position) }
    }

    /// Appends the diagnostic unless an equal one is already in the list; whether it was appended.
    @discardableResult
    mutating func append(_ diagnostic: Diagnostic) -> Bool {
        let key = Self.key(diagnostic)
        if let known = positions[key], known.contains(where: { items[$0] == diagnostic }) { return false }
        positions[key, default: []].append(items.count)
        items.append(diagnostic)
        return true
    }

    private static func key(_ diagnostic: Diagnostic) -> Key {
        Key(code: diagnostic.code, messageLength: diagnostic.message.utf8.count, line: diagnostic.place.line)
    }
}
