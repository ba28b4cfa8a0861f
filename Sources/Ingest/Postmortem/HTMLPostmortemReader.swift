import Foundation
import IncidentModel

/// Reads an HTML postmortem: `<meta name content>` pairs as front matter, `h1`–`h6` as sections,
/// and `p`, `li` and table rows as lines (a row of `th` cells, or one in `thead`, is a header).
///
/// Parsing goes through the libxml2 bridge (`MarkupDocument`), which owns and frees the tree;
/// only value types leave this reader.
struct HTMLPostmortemReader {
    /// Reads `text`, naming `file` in every place.
    func read(_ text: String, file: String) throws(ReadFailure) -> Postmortem {
        guard let document = MarkupDocument.html(Data(text.utf8)), let root = document.root else {
            throw ReadFailure(
                file: file, place: SourcePlace(file: file, line: 1, column: 1),
                reason: "the file holds no HTML document",
                expected: "an HTML postmortem")
        }
        var walker = HTMLBlockWalker(file: file, source: text)
        let frontMatter = root.descendants { $0.isElement("meta") }.compactMap { meta -> FrontMatterEntry? in
            guard let name = meta.attribute("name"), let content = meta.attribute("content"), !name.isEmpty else {
                return nil
            }
            return FrontMatterEntry(key: name, value: content, place: walker.place(of: meta))
        }
        let body = root.firstDescendant { $0.isElement("body") } ?? root
        walker.visitChildren(of: body)
        guard walker.blocks.contains(where: { if case .heading = $0 { true } else { false } }) else {
            throw ReadFailure(
                file: file, place: SourcePlace(file: file, line: 1, column: 1), reason: "the HTML has no headings",
                expected: "sections as <h1>–<h6> with <p>, <ul>, <ol> or <table> under them")
        }
        return PostmortemAssembler.postmortem(text: text, file: file, frontMatter: frontMatter, blocks: walker.blocks)
    }
}
