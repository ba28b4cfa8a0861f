import IncidentModel
import Yams

/// Splits optional YAML front matter (`---` … `---`) from a document and reads its keys.
struct FrontMatterReader {
    /// The front matter's entries and the body after it.
    struct Split {
        /// The entries, in document order.
        var entries: [FrontMatterEntry]
        /// The text after the closing `---` (the whole text without front matter).
        var body: Substring
        /// How many lines precede `body` in the file.
        var bodyLineOffset: Int
    }

    /// What front matter should look like, for failures.
    static let expected = "YAML `key: value` lines between two `---` lines"

    /// Splits `text`; a document without an opening `---` on its first line has no front matter.
    func split(_ text: String, file: String) throws(ReadFailure) -> Split {
        guard text.hasPrefix("---") else { return Split(entries: [], body: text[...], bodyLineOffset: 0) }
        // Lines are found one at a time up to the closing one: the body can be long, and splitting it
        // all (by `Character`, as this did) was most of the reading's cost.
        func line(from start: String.Index) -> (text: Substring, next: String.Index?) {
            guard let end = text[start...].firstIndex(of: "\n") else { return (text[start...], nil) }
            return (text[start..<end], text.index(after: end))
        }
        let (first, afterFirst) = line(from: text.startIndex)
        var next = afterFirst
        guard first.trimmingTrailingWhitespace() == "---" else {
            return Split(entries: [], body: text[...], bodyLineOffset: 0)
        }
        var keys: [Substring] = []
        var closing: Int?
        while let start = next {
            let found = line(from: start)
            let trimmed = found.text.trimmingTrailingWhitespace()
            next = found.next
            if trimmed == "---" || trimmed == "..." {
                closing = keys.count + 1
                break
            }
            keys.append(found.text)
        }
        guard let closing else {
            throw ReadFailure(
                file: file, place: SourcePlace(file: file, line: 1, column: 1),
                reason: "the front matter opened with `---` is never closed",
                expected: "a line `---` after the front-matter keys")
        }
        let entries = try readEntries(keys.joined(separator: "\n"), file: file)
        let body = next.map { text[$0...] } ?? ""
        return Split(entries: entries, body: body, bodyLineOffset: closing + 1)
    }

    private func readEntries(_ yaml: String, file: String) throws(ReadFailure) -> [FrontMatterEntry] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ReadFailure(
                file: file,
                place: SourcePlace(file: file, line: error.mark.map { $0.line + 1 }, column: error.mark?.column),
                reason: "the front matter is not valid YAML (\(error.problem))", expected: Self.expected)
        } catch {
            throw ReadFailure(
                file: file, place: SourcePlace(file: file, line: 2),
                reason: "the front matter is not valid YAML (\(error))", expected: Self.expected)
        }
        guard let node else { return [] }
        guard !YAMLSize.exceeds(node) else {
            throw ReadFailure(
                file: file, place: SourcePlace(file: file, line: 2, column: 1),
                reason: "the front matter is refused: \(YAMLSize.reason)", expected: Self.expected)
        }
        guard let mapping = node.mapping else {
            throw ReadFailure(
                file: file, place: SourcePlace(file: file, line: 2, column: 1),
                reason: "the front matter is not a mapping", expected: Self.expected)
        }
        return mapping.map { key, value in
            FrontMatterEntry(
                key: key.string ?? "\(key)",
                value: Self.text(of: value),
                place: SourcePlace(file: file, line: (key.mark?.line ?? 0) + 1, column: key.mark?.column))
        }
    }

    /// A value as a string: scalars as written, sequences joined with `, `, mappings as `k: v`.
    static func text(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string
        case .sequence(let sequence): sequence.map { text(of: $0) }.joined(separator: ", ")
        case .mapping(let mapping):
            mapping.map { key, value in text(of: key) + ": " + text(of: value) }.joined(separator: ", ")
        case .alias: ""
        }
    }
}

extension YamlError {
    /// Where the problem is, in the YAML text.
    fileprivate var mark: Mark? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark
        default: nil
        }
    }

    /// The problem in words.
    fileprivate var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}

extension Substring {
    /// The text without trailing spaces, tabs and carriage returns.
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" || last == "\r" { copy.removeLast() }
        return copy
    }
}
