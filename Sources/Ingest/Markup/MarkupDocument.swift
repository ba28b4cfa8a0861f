import CLibXML2
import Foundation

/// The one owner of a parsed libxml2 document: frees it in `deinit`; nodes keep it alive.
///
/// Not `Sendable` and never public: readers turn what they need into value types and drop it.
final class MarkupDocument {
    /// The document, valid for the lifetime of this object.
    let pointer: xmlDocPtr
    /// The errors given at creation, when no log was.
    private let givenIssues: [MarkupIssue]
    /// The log of the parse, read only if the issues are asked for.
    private let log: MarkupErrorLog?

    /// The errors libxml2 reported while parsing (HTML recovery notes, XML errors).
    var issues: [MarkupIssue] { log?.issues ?? givenIssues }

    /// Takes ownership of a parsed document.
    init(taking pointer: xmlDocPtr, issues: [MarkupIssue] = []) {
        self.pointer = pointer
        self.givenIssues = issues
        self.log = nil
    }

    /// Takes ownership of a parsed document and the log of its parse.
    init(taking pointer: xmlDocPtr, log: MarkupErrorLog) {
        self.pointer = pointer
        self.givenIssues = []
        self.log = log
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The HTML parse options: recover, stay silent, never touch the network, compact text nodes.
    static let htmlOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// The XML parse options: no network, no DTD loading and no entity substitution (so external
    /// entities are never read and entity bombs are not expanded), silent, compact.
    static let xmlOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_COMPACT.rawValue)

    /// Parses HTML bytes as UTF-8 (the byte count passed explicitly, so NULs do not truncate).
    ///
    /// Returns `nil` only when libxml2 builds no document at all (empty input).
    static func html(_ bytes: UnsafeRawBufferPointer) -> MarkupDocument? {
        LibXMLRuntime.capturingErrors { log in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
            let doc = htmlReadMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, "UTF-8", htmlOptions)
            return doc.map { MarkupDocument(taking: $0, log: log) }
        }
    }

    /// Parses HTML from `Data`.
    static func html(_ data: Data) -> MarkupDocument? {
        data.withUnsafeBytes { html($0) }
    }

    /// Parses well-formed XML; on failure returns the first serious error libxml2 reported.
    static func xml(_ bytes: UnsafeRawBufferPointer) -> Result<MarkupDocument, MarkupParseError> {
        LibXMLRuntime.capturingErrors { log in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return .failure(MarkupParseError(issue: nil, reason: "the document is empty"))
            }
            guard bytes.count < Int(Int32.max) else {
                return .failure(MarkupParseError(issue: nil, reason: "the document is too large"))
            }
            let doc = xmlReadMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, xmlOptions)
            guard let doc else {
                let issue = log.firstSerious
                return .failure(MarkupParseError(issue: issue, reason: issue?.message ?? "not well-formed XML"))
            }
            return .success(MarkupDocument(taking: doc, issues: log.issues))
        }
    }

    /// Parses XML from `Data`.
    static func xml(_ data: Data) -> Result<MarkupDocument, MarkupParseError> {
        data.withUnsafeBytes { xml($0) }
    }

    /// The root element.
    var root: MarkupNode? {
        xmlDocGetRootElement(pointer).map { MarkupNode($0, in: self) }
    }
}
