import CLibXML2

/// Parses many small HTML fragments (feed item bodies) with one reused libxml2 parser context.
///
/// Not thread-safe: use one per reading thread. `HTML_PARSE_NOIMPLIED` is deliberately not set:
/// in libxml2 2.9 it makes `<p>a</p><p>b</p>` parse as nested paragraphs.
final class HTMLFragmentParser {
    private let context: htmlParserCtxtPtr?

    /// Creates a parser with its own context.
    init() {
        LibXMLRuntime.ensureInitialized()
        context = htmlNewParserCtxt()
    }

    deinit {
        if let context { htmlFreeParserCtxt(context) }
    }

    /// Parses UTF-8 HTML bytes into a document (owned by the returned object).
    func parse(_ bytes: UnsafeRawBufferPointer) -> MarkupDocument? {
        guard let context, let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else {
            return nil
        }
        return LibXMLRuntime.capturingErrors { log in
            let doc = htmlCtxtReadMemory(
                context, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, "UTF-8",
                MarkupDocument.htmlOptions)
            return doc.map { MarkupDocument(taking: $0, issues: log.issues) }
        }
    }

    /// Parses HTML held in a byte array.
    func parse(_ bytes: [UInt8]) -> MarkupDocument? {
        bytes.withUnsafeBytes { parse($0) }
    }

    /// Parses HTML held in a `String`.
    func parse(_ text: String) -> MarkupDocument? {
        parse(Array(text.utf8))
    }
}
