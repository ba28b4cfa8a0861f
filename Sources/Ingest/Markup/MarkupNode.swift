import CLibXML2
import Foundation

/// A node of a `MarkupDocument`; it keeps the document alive, so the pointer stays valid.
struct MarkupNode {
    /// The node.
    let pointer: xmlNodePtr
    /// The owner of the tree.
    let document: MarkupDocument

    /// Wraps a node of `document`.
    init(_ pointer: xmlNodePtr, in document: MarkupDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// Whether this is an element.
    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Whether this is a text or CDATA node.
    var isText: Bool {
        pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The element name (lower case for HTML), or "" for nameless nodes.
    var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// Whether this is an element with the given (ASCII, lower-case) name, compared without a String.
    func isElement(_ elementName: String) -> Bool {
        guard isElement, let raw = pointer.pointee.name else { return false }
        return elementName.utf8.withContiguousStorageIfAvailable { wanted in
            MarkupBytes.equals(raw, wanted)
        } ?? (String(cString: raw) == elementName)
    }

    /// The 1-based source line libxml2 recorded, when known.
    var line: Int? {
        let value = Int(xmlGetLineNo(pointer))
        return value > 0 ? value : nil
    }

    /// An attribute's value (entities decoded), or `nil` when absent.
    func attribute(_ attributeName: String) -> String? {
        guard let raw = xmlGetProp(pointer, attributeName) else { return nil }
        defer { clibxml2_free(raw) }
        return String(cString: raw)
    }

    /// Whether the `class` attribute holds `token` as one of its space-separated tokens.
    func hasClass(_ token: String) -> Bool {
        guard let classes = attribute("class") else { return false }
        return classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains { $0 == token }
    }

    /// The class tokens.
    var classes: [String] {
        (attribute("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }

    /// The parent node, when it is an element.
    var parent: MarkupNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return MarkupNode(parent, in: document)
    }

    /// All child nodes, in order.
    var children: [MarkupNode] {
        var result: [MarkupNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(MarkupNode(node, in: document))
            child = node.pointee.next
        }
        return result
    }

    /// The child elements, in order.
    var elementChildren: [MarkupNode] { children.filter(\.isElement) }

    /// The following sibling node.
    var next: MarkupNode? { pointer.pointee.next.map { MarkupNode($0, in: document) } }

    /// The first descendant element (depth first, document order) that satisfies `predicate`.
    func firstDescendant(where predicate: (MarkupNode) -> Bool) -> MarkupNode? {
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                let wrapped = MarkupNode(node, in: document)
                if predicate(wrapped) { return wrapped }
                if let found = wrapped.firstDescendant(where: predicate) { return found }
            }
            child = node.pointee.next
        }
        return nil
    }

    /// Every descendant element that satisfies `predicate`, in document order (not below a match
    /// when `descendIntoMatches` is false).
    func descendants(descendIntoMatches: Bool = true, where predicate: (MarkupNode) -> Bool) -> [MarkupNode] {
        var result: [MarkupNode] = []
        collect(into: &result, descendIntoMatches: descendIntoMatches, predicate)
        return result
    }

    private func collect(
        into result: inout [MarkupNode], descendIntoMatches: Bool, _ predicate: (MarkupNode) -> Bool
    ) {
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                let wrapped = MarkupNode(node, in: document)
                let matched = predicate(wrapped)
                if matched { result.append(wrapped) }
                if !matched || descendIntoMatches {
                    wrapped.collect(into: &result, descendIntoMatches: descendIntoMatches, predicate)
                }
            }
            child = node.pointee.next
        }
    }

    /// The text of the node and its descendants, whitespace collapsed and trimmed.
    var text: String {
        var buffer = MarkupTextBuffer()
        buffer.appendText(of: pointer)
        return buffer.collapsed()
    }

    /// The text with block structure kept: one line per paragraph, list item, heading or `<br>`.
    var blockText: String {
        var buffer = MarkupTextBuffer()
        buffer.appendBlockText(of: pointer)
        return buffer.collapsedLines()
    }
}
