import Foundation
import IncidentModel

/// Reads a team's postmortem document, Markdown or HTML, into an `Incident` with its `Postmortem`.
///
/// The format is chosen by the file name (`.html`/`.htm` is HTML) or, for other names, by content
/// that starts with an HTML tag.
public struct PostmortemDocumentReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads `data` from `file` (the name used in every place).
    public func read(_ data: Data, file: String) throws(ReadFailure) -> Incident {
        try read(data, file: file, as: nil)
    }

    /// Reads `data` as the given document format, or as `format(of:file:)` decides when `nil`.
    func read(_ data: Data, file: String, as known: SourceFormat?) throws(ReadFailure) -> Incident {
        guard var text = String(data: data, encoding: .utf8) else {
            throw ReadFailure(
                file: file, reason: "the file is not UTF-8 text", expected: "a UTF-8 Markdown or HTML postmortem")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let format = known ?? Self.format(of: text, file: file)
        let postmortem: Postmortem
        switch format {
        case .htmlPostmortem: postmortem = try HTMLPostmortemReader().read(text, file: file)
        default: postmortem = try MarkdownPostmortemReader().read(text, file: file)
        }
        return PostmortemIncidentBuilder.incident(for: postmortem, file: file, format: format)
    }

    /// `.htmlPostmortem` for `.html`/`.htm` files and content starting with `<!doctype` or `<html`.
    static func format(of text: String, file: String) -> SourceFormat {
        let lower = file.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .htmlPostmortem }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdownPostmortem }
        let start = text.prefix(64).drop { $0.isWhitespace }.lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") ? .htmlPostmortem : .markdownPostmortem
    }
}
