import CCMarkGFM
import Foundation
import IncidentModel
import Synchronization

/// Reads a Markdown postmortem (CommonMark with the GitHub extensions) into a `Postmortem`.
///
/// Parsing goes through cmark-gfm; the C tree is freed before `read` returns, so only value
/// types leave this file. Block places are those cmark reports, shifted past any front matter.
struct MarkdownPostmortemReader {
    /// cmark-gfm keeps the table of special inline characters in a process-wide array that each
    /// parse with extensions edits (github/cmark-gfm#176), so parses take turns.
    private static let parseLock = Mutex(())

    /// Registers the core extensions once per process (the registration itself is not thread-safe).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Reads `text`, naming `file` in every place.
    func read(_ text: String, file: String) throws(ReadFailure) -> Postmortem {
        let split = try FrontMatterReader().split(text, file: file)
        let blocks = Self.parseLock.withLock { _ in
            Self.blocks(of: String(split.body), file: file, lineOffset: split.bodyLineOffset)
        }
        return PostmortemAssembler.postmortem(
            text: text, file: file, frontMatter: split.entries, blocks: blocks)
    }

    /// Parses `body` and flattens it into blocks; the tree is freed here.
    private static func blocks(of body: String, file: String, lineOffset: Int) -> [PostmortemBlock] {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var body = body
        body.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        var walker = MarkdownBlockWalker(file: file, lineOffset: lineOffset)
        walker.visitChildren(of: document)
        return walker.blocks
    }
}
