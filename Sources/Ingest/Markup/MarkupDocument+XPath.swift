import CLibXML2

extension MarkupDocument {
    /// The elements an XPath expression selects, evaluated from `context` (the document when nil).
    ///
    /// XPath errors are captured, never printed; an invalid expression selects nothing.
    func select(_ expression: String, from context: MarkupNode? = nil) -> [MarkupNode] {
        LibXMLRuntime.capturingErrors { log in
            guard let xpath = xmlXPathNewContext(pointer) else { return [] }
            defer { xmlXPathFreeContext(xpath) }
            xpath.pointee.error = libxmlStructuredErrorHandler
            xpath.pointee.userData = Unmanaged.passUnretained(log).toOpaque()
            xpath.pointee.node =
                context?.pointer ?? UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: xmlNode.self)
            guard let result = xmlXPathEvalExpression(expression, xpath) else { return [] }
            defer { xmlXPathFreeObject(result) }
            guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { index in
                set.pointee.nodeTab[index].map { MarkupNode($0, in: self) }
            }
        }
    }

    /// The first element an XPath expression selects.
    func first(_ expression: String, from context: MarkupNode? = nil) -> MarkupNode? {
        select(expression, from: context).first
    }
}

/// XPath building blocks.
enum XPath {
    /// A predicate true when the `class` attribute holds `token` as a whole token:
    /// `contains(concat(' ', normalize-space(@class), ' '), ' token ')`.
    static func hasClass(_ token: String) -> String {
        "contains(concat(' ', normalize-space(@class), ' '), ' \(token) ')"
    }

    /// Every element, anywhere below the context, with the class token: `.//*[…]`.
    static func withClass(_ token: String, element: String = "*") -> String {
        ".//\(element)[\(hasClass(token))]"
    }
}
