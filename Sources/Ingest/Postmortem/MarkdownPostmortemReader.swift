import IncidentModel
import Markdown

/// Reads a Markdown postmortem (CommonMark with GitHub's tables and task lists) into a
/// `Postmortem`.
///
/// The body after the front matter is read by the `Markdown` target; block places are its
/// source positions, shifted past the front matter.
struct MarkdownPostmortemReader {
    /// Reads `text`, naming `file` in every place.
    func read(_ text: String, file: String) throws(ReadFailure) -> Postmortem {
        let split = try FrontMatterReader().split(text, file: file)
        let document = MarkdownDocument(parsing: String(split.body))
        let blocks = MarkdownBlockWalker(document: document, file: file, lineOffset: split.bodyLineOffset).blocks()
        return PostmortemAssembler.postmortem(
            text: text, file: file, frontMatter: split.entries, blocks: blocks)
    }
}
