import Foundation

/// A part of a file between two marker lines that code generates (the README's CSV columns and
/// diagnostic codes): compared with what the code generates now, or rewritten when recording.
public struct GeneratedSection: Sendable {
    /// The file.
    public var file: URL
    /// The marker line that opens the section, with its line end.
    public var begin: String
    /// The marker that closes it.
    public var end: String

    /// Creates a section of `file` between `begin` and `end`.
    public init(file: URL, begin: String, end: String) {
        self.file = file
        self.begin = begin
        self.end = end
    }

    /// The section's current text, or `nil` when a marker is missing.
    public func text() throws -> String? {
        let (text, range) = try read()
        return range.map { String(text[$0]) }
    }

    /// `nil` when the section equals `generated` (or it was re-recorded with `POSTMORTEM_RECORD=1`),
    /// else what is wrong.
    public func compare(with generated: String) throws -> String? {
        let (text, found) = try read()
        guard let range = found else { return "\(file.lastPathComponent) has no \(begin) … \(end) markers" }
        if Golden.recording {
            try text.replacingCharacters(in: range, with: generated).write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        return String(text[range]) == generated
            ? nil : "\(file.lastPathComponent)'s generated section is stale: re-record with POSTMORTEM_RECORD=1"
    }

    private func read() throws -> (String, Range<String.Index>?) {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
        else { return (text, nil) }
        return (text, start.upperBound..<stop.lowerBound)
    }
}
