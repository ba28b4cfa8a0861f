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

    /// Parses UTF-8 HTML bytes into a document (owned by the returned object); `deep` lifts
    /// libxml2's 256-level limit (only for a fragment within `HTMLNesting.readLimit`).
    func parse(_ bytes: UnsafeRawBufferPointer, deep: Bool = false) -> MarkupDocument? {
        guard let context, let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else {
            return nil
        }
        let options = MarkupDocument.htmlOptions | (deep ? Int32(XML_PARSE_HUGE.rawValue) : 0)
        return LibXMLRuntime.capturingErrors { log in
            let doc = htmlCtxtReadMemory(
                context, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, "UTF-8", options)
            return doc.map { MarkupDocument(taking: $0, issues: log.issues) }
        }
    }

    /// Parses HTML held in a byte array, lifting libxml2's 256-level limit when the fragment nests
    /// deeper but within `HTMLNesting.readLimit` (deeper still is read to 256 levels only).
    func parse(_ bytes: [UInt8]) -> MarkupDocument? {
        parse(bytes, depth: HTMLNesting.depth(bytes))
    }

    /// Parses HTML held in a byte array whose `HTMLNesting.depth` the caller already knows.
    func parse(_ bytes: [UInt8], depth: Int) -> MarkupDocument? {
        let deep = depth > 200 && depth <= HTMLNesting.readLimit
        return bytes.withUnsafeBytes { parse($0, deep: deep) }
    }

    /// Parses HTML held in a `String`.
    func parse(_ text: String) -> MarkupDocument? {
        parse(Array(text.utf8))
    }
}
