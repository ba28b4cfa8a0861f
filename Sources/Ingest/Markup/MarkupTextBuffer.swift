import CLibXML2

/// Gathers the text of a subtree as UTF-8 bytes, then makes one `String` with whitespace collapsed.
struct MarkupTextBuffer {
    /// The bytes gathered so far.
    private(set) var bytes: [UInt8] = []

    /// Elements whose content is never text a person reads.
    private static let skipped: [StaticString] = ["script", "style", "head", "title", "noscript"]
    /// Elements that start a new line in block text.
    private static let blocks: [StaticString] = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
        "pre", "hr", "section", "article", "dd", "dt", "small",
    ]

    /// Appends raw bytes.
    mutating func append(_ other: [UInt8]) { bytes += other }

    /// Appends a NUL-terminated libxml2 string.
    mutating func append(_ raw: UnsafePointer<xmlChar>) {
        var index = 0
        while raw[index] != 0 { index += 1 }
        bytes.append(contentsOf: UnsafeBufferPointer(start: raw, count: index))
    }

    /// Appends the text of `node` and its descendants (text and CDATA, in document order);
    /// `script`, `style` and similar elements below `node` are skipped, never `node` itself.
    mutating func appendText(of node: xmlNodePtr, isRoot: Bool = true) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { append(content) }
        case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
            if !isRoot, node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name,
                MarkupBytes.isOneOf(name, Self.skipped)
            {
                return
            }
            var child = node.pointee.children
            while let current = child {
                appendText(of: current, isRoot: false)
                child = current.pointee.next
            }
        default:
            break
        }
    }

    /// Appends the text of `node`, with a line break around block elements and at `<br>`.
    mutating func appendBlockText(of node: xmlNodePtr, isRoot: Bool = true) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { append(content) }
        case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
            var isBlock = false
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
                if !isRoot, MarkupBytes.isOneOf(name, Self.skipped) { return }
                if MarkupBytes.isOneOf(name, ["br"]) {
                    bytes.append(0x0A)
                    return
                }
                isBlock = MarkupBytes.isOneOf(name, Self.blocks)
            }
            if isBlock { bytes.append(0x0A) }
            var child = node.pointee.children
            while let current = child {
                appendBlockText(of: current, isRoot: false)
                child = current.pointee.next
            }
            if isBlock { bytes.append(0x0A) }
        default:
            break
        }
    }

    /// The text with runs of whitespace (including no-break spaces) made one space, and trimmed.
    func collapsed() -> String {
        Self.collapse(bytes[...])
    }

    /// One collapsed line per line of the gathered text, empty lines dropped, joined with `\n`.
    func collapsedLines() -> String {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
            .map { Self.collapse($0) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Collapses whitespace in UTF-8 bytes: ASCII space, tab, CR, LF, FF and U+00A0.
    static func collapse(_ input: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var pendingSpace = false
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            var isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
            var width = 1
            if byte == 0xC2, index + 1 < input.endIndex, input[index + 1] == 0xA0 {
                isSpace = true
                width = 2
            }
            if isSpace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(byte)
            }
            index += width
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Collapses whitespace in a `String` the same way.
    static func collapse(_ text: String) -> String {
        collapse(Array(text.utf8)[...])
    }
}
