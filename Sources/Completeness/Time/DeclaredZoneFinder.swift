import Chronology

/// Finds a zone a text declares for the times around it: `All times UTC`, `Times are in US/Pacific`,
/// `All times are EST (UTC-5)`, or a table header `Time (UTC)`.
struct DeclaredZoneFinder: Sendable {
    /// The zone table labels are looked up in.
    let table: ZoneTable

    private static let cue = PhraseFinder(["time", "times", "timestamps", "timezone", "zone"])
    private static let openers: Set<String> = ["times", "timestamps", "time", "timezone", "zone"]
    private static let filler: Set<String> = [
        "are", "is", "in", "shown", "listed", "given", "expressed", "reported", "below", "here", "the", "all",
    ]

    /// The declared zone's label as written, or `nil`.
    func declaredZone(in text: String) -> String? {
        guard !Self.cue.find(in: text).isEmpty else {
            return nil
        }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "." || $0 == ";" })
            .map { String($0) }
        for (index, word) in words.enumerated() {
            let bare = word.lowercased().trimming(":()[]")
            guard Self.openers.contains(bare) else { continue }
            let opened = index > 0 && words[index - 1].lowercased().trimming("()[]") == "all"
            var next = index + 1
            var skipped = word.hasSuffix(":") ? 1 : 0
            while next < words.count, Self.filler.contains(words[next].lowercased().trimming(":()[]")) {
                next += 1
                skipped += 1
            }
            guard opened || skipped > 0 || bare == "timezone" else { continue }
            if let label = zone(startingAt: next, in: words) { return label }
        }
        return nil
    }

    /// The zone named in a table header cell such as `Time (UTC)` or `Time, PST`.
    func headerZone(_ cell: String) -> String? {
        let lower = cell.lowercased()
        guard lower.contains("time") || lower.contains("when") else { return nil }
        if let open = cell.firstIndex(of: "("), let close = cell[open...].firstIndex(of: ")") {
            let inner = String(cell[cell.index(after: open)..<close])
            if table.lookup(inner) != nil { return inner }
        }
        let words = cell.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        return words.dropFirst().first { table.lookup($0) != nil }
    }

    /// The longest run of up to three words at `index` that names a zone.
    private func zone(startingAt index: Int, in words: [String]) -> String? {
        guard index < words.count else { return nil }
        for length in stride(from: min(3, words.count - index), through: 1, by: -1) {
            let label = words[index..<(index + length)].joined(separator: " ")
                .trimming("()[]:")
            if table.lookup(label) != nil { return label }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing characters from `characters`.
    func trimming(_ characters: String) -> String {
        var slice = self[...]
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
