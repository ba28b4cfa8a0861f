import Markdown
import Testing

/// Inline markup is stripped for text as cmark-gfm's tree gives it (text, code and inline HTML
/// literals; breaks as spaces; images left out), and link targets are collected.
@Suite struct PlainTextTests {
    static func plain(_ markdown: String) -> MarkdownPlainText {
        let document = MarkdownDocument(parsing: markdown)
        let block = document.blocks.first { !$0.lines.isEmpty } ?? document.root
        return MarkdownPlainText(block, in: document)
    }

    @Test(arguments: [
        ("*em* and **strong** and ~~gone~~", "em and strong and gone"),
        ("`code *not em*` and ``a ` b``", "code *not em* and a ` b"),
        ("snake_case_name and __init__", "snake_case_name and init"),
        ("**unclosed and *one*", "**unclosed and one"),
        ("[the ticket](https://t.test/1 \"title\") ![a chart](c.png) done", "the ticket  done"),
        ("&amp; &#35; &#x41; &nosuch; \\* \\_", "& # A &nosuch; * _"),
        ("line one  \nline two\\\nthree", "line one line two three"),
        ("<b>bold</b> <https://a.test> <a@b.test>", "<b>bold</b> https://a.test a@b.test"),
        ("10:52 AM - 12:55 PM EST", "10:52 AM - 12:55 PM EST"),
        ("a\u{0}b", "a\u{FFFD}b"),
    ])
    func textIsStripped(_ markdown: String, _ text: String) {
        #expect(Self.plain(markdown).text == text)
    }

    @Test func linksAreCollectedInOrderWithoutImages() {
        let plain = Self.plain(
            "see [one](https://a.test/1), <https://b.test>, www.c.test/x. and ops@d.test; ![i](https://img.test)"
                + " [ref] [![inner](https://x.test)](https://outer.test)\n\n[ref]: https://r.test")
        #expect(
            plain.links == [
                "https://a.test/1", "https://b.test", "http://www.c.test/x", "mailto:ops@d.test", "https://r.test",
                "https://outer.test",
            ])
    }

    @Test func positionsOfTextLinesAreExact() {
        let document = MarkdownDocument(parsing: "\u{FEFF}> - [x] done\r\n>   more\r\n")
        let paragraph = document.blocks.first { $0.kind == .paragraph }
        #expect(
            paragraph?.lines.map(\.position) == [
                MarkdownPosition(line: 1, column: 12), MarkdownPosition(line: 2, column: 5),
            ])
        #expect(paragraph?.lines.map(\.text) == ["done", "more"])
        #expect(document.blocks.first { $0.kind == .item }?.checked == true)
    }
}
