import Testing
import Utilities

/// The one XML escaper, in each of its whitespace modes.
@Suite struct XMLTextTests {
    @Test func markupCharactersAreEscapedAndForbiddenOnesDropped() {
        #expect(XMLText.escape("a<b>&\"'\u{1}c\u{FFFE}") == "a&lt;b&gt;&amp;&quot;&apos;c")
    }

    @Test func whitespaceIsSpacedKeptOrReferenced() {
        let text = "one\ttwo\nthree\rfour"
        #expect(XMLText.escape(text) == "one two three four")
        #expect(XMLText.escape(text, whitespace: .spaced) == "one two three four")
        #expect(XMLText.escape(text, whitespace: .kept) == text)
        #expect(XMLText.escape(text, whitespace: .referenced) == "one&#9;two&#10;three&#13;four")
    }
}
