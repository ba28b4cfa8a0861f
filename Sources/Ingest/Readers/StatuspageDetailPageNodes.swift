import CLibXML2

/// The elements of a Statuspage incident page the detail reader reads, found in one walk of the
/// tree instead of one XPath evaluation each.
///
/// Every field is what the XPath named beside it selected (first in document order, or all).
struct StatuspageDetailPageNodes {
    /// `.//*[class~=incident-name][1]`.
    var name: MarkupNode?
    /// `.//*[class~=update-row]`, nested rows included, in document order.
    var rows: [MarkupNode] = []
    /// `.//*[class~=components-affected][1]`.
    var components: MarkupNode?
    /// `.//*[class~=subheader][1]`.
    var subheader: MarkupNode?
    /// `//meta[@property='og:url'][1]`.
    var openGraphURL: MarkupNode?
    /// `//link[@rel='canonical'][1]`.
    var canonicalLink: MarkupNode?
    /// `//a[contains(@href, '/incidents/')][1]`.
    var incidentLink: MarkupNode?
    /// `//title[1]`.
    var title: MarkupNode?

    /// Walks `document` once.
    init(_ document: MarkupDocument) {
        var name: xmlNodePtr?
        var rows: [xmlNodePtr] = []
        var components: xmlNodePtr?
        var subheader: xmlNodePtr?
        var openGraphURL: xmlNodePtr?
        var canonicalLink: xmlNodePtr?
        var incidentLink: xmlNodePtr?
        var title: xmlNodePtr?
        let root = UnsafeMutableRawPointer(document.pointer).assumingMemoryBound(to: xmlNode.self)
        MarkupScan.forEachElement(below: root) { node in
            MarkupScan.withAttribute(node, "class") { classes in
                if name == nil, Self.holds(classes, "incident-name") { name = node }
                if Self.holds(classes, "update-row") { rows.append(node) }
                if components == nil, Self.holds(classes, "components-affected") { components = node }
                if subheader == nil, Self.holds(classes, "subheader") { subheader = node }
            }
            if openGraphURL == nil, MarkupScan.isElement(node, "meta"),
                MarkupScan.attribute(node, "property", equals: "og:url")
            {
                openGraphURL = node
            } else if canonicalLink == nil, MarkupScan.isElement(node, "link"),
                MarkupScan.attribute(node, "rel", equals: "canonical")
            {
                canonicalLink = node
            } else if incidentLink == nil, MarkupScan.isElement(node, "a"),
                MarkupScan.attribute(node, "href", contains: "/incidents/")
            {
                incidentLink = node
            } else if title == nil, MarkupScan.isElement(node, "title") {
                title = node
            }
            return .descend
        }
        let wrap = { (pointer: xmlNodePtr) in MarkupNode(pointer, in: document) }
        self.name = name.map(wrap)
        self.rows = rows.map(wrap)
        self.components = components.map(wrap)
        self.subheader = subheader.map(wrap)
        self.openGraphURL = openGraphURL.map(wrap)
        self.canonicalLink = canonicalLink.map(wrap)
        self.incidentLink = incidentLink.map(wrap)
        self.title = title.map(wrap)
    }

    /// Whether the class list holds the token.
    private static func holds(_ classes: UnsafeBufferPointer<UInt8>, _ token: StaticString) -> Bool {
        token.withUTF8Buffer { MarkupBytes.containsToken(classes, $0) }
    }

    /// An update row's parts: the first `update-title`, `update-body` and `update-timestamp`
    /// below it (`.//*[class~=…][1]` from the row, so a nested row's part counts when the row has none).
    static func parts(of row: MarkupNode) -> (title: MarkupNode?, body: MarkupNode?, timestamp: MarkupNode?) {
        var title: xmlNodePtr?
        var body: xmlNodePtr?
        var timestamp: xmlNodePtr?
        MarkupScan.forEachElement(below: row.pointer) { node in
            MarkupScan.withAttribute(node, "class") { classes in
                if title == nil, holds(classes, "update-title") { title = node }
                if body == nil, holds(classes, "update-body") { body = node }
                if timestamp == nil, holds(classes, "update-timestamp") { timestamp = node }
            }
            return title != nil && body != nil && timestamp != nil ? .stop : .descend
        }
        let wrap = { (pointer: xmlNodePtr) in MarkupNode(pointer, in: row.document) }
        return (title.map(wrap), body.map(wrap), timestamp.map(wrap))
    }
}
