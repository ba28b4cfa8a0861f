import CLibXML2

/// Byte-level queries on a libxml2 tree that answer what the readers used to ask XPath, without
/// compiling an expression, building node sets or making a `String` per attribute.
///
/// Each function names the XPath it replaces; `MarkupScanTests` compares them on tricky markup.
enum MarkupScan {
    /// Calls `body` with the bytes of attribute `name` of `node` (entities decoded), or returns
    /// `nil` when the element has no such attribute (as `xmlGetProp` and XPath's `@name` see it).
    ///
    /// The usual attribute (one text child, as the HTML parser makes) is read in place; any other
    /// shape goes through `xmlGetProp`, so the value is always the one libxml2 gives.
    static func withAttribute<R>(
        _ node: xmlNodePtr, _ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let raw = current.pointee.name, name.withUTF8Buffer({ MarkupBytes.equals(raw, $0) }) {
                guard let child = current.pointee.children else {
                    return body(UnsafeBufferPointer(start: nil, count: 0))
                }
                if child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content {
                    return body(UnsafeBufferPointer(start: content, count: MarkupBytes.length(content)))
                }
                return name.withUTF8Buffer { wanted -> R? in
                    guard let value = xmlGetProp(node, wanted.baseAddress) else { return nil }
                    defer { clibxml2_free(value) }
                    return body(UnsafeBufferPointer(start: value, count: MarkupBytes.length(value)))
                }
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Whether `node` is an element whose `class` holds `token` as a whole token, as
    /// `contains(concat(' ', normalize-space(@class), ' '), ' token ')` decides: tokens are the
    /// runs between XML blanks (space, tab, CR, LF).
    static func hasClass(_ node: xmlNodePtr, _ token: StaticString) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE else { return false }
        return withAttribute(node, "class") { value in
            token.withUTF8Buffer { MarkupBytes.containsToken(value, $0) }
        } ?? false
    }

    /// Whether `node` is an element named `name` (the HTML parser's lower-case names).
    static func isElement(_ node: xmlNodePtr, _ name: StaticString) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, let raw = node.pointee.name else { return false }
        return name.withUTF8Buffer { MarkupBytes.equals(raw, $0) }
    }

    /// Whether attribute `name` of `node` equals `value` byte for byte (`[@name='value']`).
    static func attribute(_ node: xmlNodePtr, _ name: StaticString, equals value: StaticString) -> Bool {
        withAttribute(node, name) { bytes in value.withUTF8Buffer { bytes.elementsEqual($0) } } ?? false
    }

    /// Whether attribute `name` of `node` contains `part` (`[contains(@name, 'part')]`).
    static func attribute(_ node: xmlNodePtr, _ name: StaticString, contains part: StaticString) -> Bool {
        withAttribute(node, name) { bytes in part.withUTF8Buffer { MarkupBytes.contains(bytes, $0) } } ?? false
    }

    /// What a visit asks of `forEachElement` next.
    enum Step {
        /// Visit the element's descendants, then go on.
        case descend
        /// Go on after the element's subtree.
        case skipChildren
        /// End the walk.
        case stop
    }

    /// Visits every element below `root` (not `root` itself) in document order, as XPath's
    /// descendant axis does, without recursion (so depth costs no stack).
    static func forEachElement(below root: xmlNodePtr, _ visit: (xmlNodePtr) -> Step) {
        var node = root.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                switch visit(current) {
                case .stop:
                    return
                case .descend:
                    if let child = current.pointee.children {
                        node = child
                        continue
                    }
                case .skipChildren:
                    break
                }
            }
            node = following(current, within: root)
        }
    }

    /// The first element below `root` in document order that satisfies `predicate` (`.//*[…][1]`).
    static func firstElement(below root: xmlNodePtr, where predicate: (xmlNodePtr) -> Bool) -> xmlNodePtr? {
        var found: xmlNodePtr?
        forEachElement(below: root) { node in
            guard predicate(node) else { return .descend }
            found = node
            return .stop
        }
        return found
    }

    /// The next node in document order after `node`'s subtree, staying below `root`.
    private static func following(_ node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        var current = node
        while true {
            if let next = current.pointee.next { return next }
            guard let parent = current.pointee.parent, parent != root else { return nil }
            current = parent
        }
    }
}
