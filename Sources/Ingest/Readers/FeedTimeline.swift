import CLibXML2
import IncidentModel

/// The updates in a Statuspage-style feed body: `<p><small>time</small><br><strong>Label</strong> -
/// body</p>`, newest first as written.
struct FeedTimeline {
    /// One update as written.
    struct Draft {
        /// The label as shown (`Resolved`, `Update`).
        var label: String
        /// The `<small>` text, whitespace collapsed (`Feb 8, 09:00 UTC`).
        var timeText: String
        /// The body, one line per paragraph or `<br>`.
        var body: String
        /// The 1-based index of the update's `<p>` among the body's paragraphs.
        var paragraph: Int
        /// The source line of the `<p>`, when libxml2 knows it (relative to the fragment).
        var line: Int?
    }

    /// The updates, in document order (newest first).
    var drafts: [Draft] = []
    /// A `THIS IS A SCHEDULED EVENT …` banner, when there is one.
    var banner: String?
    /// Text before the first update that is not a banner.
    var preamble: String = ""

    /// Reads the timeline out of a parsed body.
    init(document: MarkupDocument) {
        guard let root = document.root else { return }
        var walker = Walker()
        walker.segment(root.pointer)
        walker.flush()
        drafts = walker.drafts
        banner = walker.banner
        preamble = walker.preamble.collapsedLines()
    }
}

/// Walks a body in document order, opening an update at each `<p>` with both `<small>` and `<strong>`.
private struct Walker {
    var drafts: [FeedTimeline.Draft] = []
    var banner: String?
    var preamble = MarkupTextBuffer()
    var open: FeedTimeline.Draft?
    var body = MarkupTextBuffer()
    var paragraphs = 0

    mutating func flush() {
        guard var draft = open else { return }
        draft.body = FeedBodyText.updateBody(body.bytes)
        drafts.append(draft)
        open = nil
        body = MarkupTextBuffer()
    }

    mutating func segment(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name {
                if MarkupBytes.isOneOf(name, ["p"]) {
                    paragraphs += 1
                    if startUpdate(current) { continue }
                    if open == nil, let strong = Self.find(current.pointee.children, "strong") {
                        var buffer = MarkupTextBuffer()
                        buffer.appendText(of: strong)
                        let text = buffer.collapsed()
                        if text.uppercased().hasPrefix("THIS IS A SCHEDULED EVENT") {
                            banner = text
                            continue
                        }
                    }
                }
                if open != nil {
                    // A block inside the body: keep it, and look inside for a nested update paragraph.
                    if Self.containsUpdate(current) {
                        segment(current)
                    } else {
                        body.appendBlockText(of: current)
                    }
                } else if Self.containsUpdate(current) {
                    segment(current)
                } else {
                    preamble.appendBlockText(of: current)
                }
            } else if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                if open != nil { body.appendText(of: current) } else { preamble.appendText(of: current) }
            }
        }
    }

    /// Opens an update when `p` holds a `<small>` and a `<strong>` label after it.
    private mutating func startUpdate(_ p: xmlNodePtr) -> Bool {
        guard let small = Self.find(p.pointee.children, "small") else { return false }
        guard let strong = Self.findAfter(small, in: p, "strong") ?? Self.find(p.pointee.children, "strong") else {
            return false
        }
        flush()
        var time = MarkupTextBuffer()
        time.appendText(of: small)
        var label = MarkupTextBuffer()
        label.appendText(of: strong)
        open = FeedTimeline.Draft(
            label: FeedBodyText.collapsed(label.bytes[...]), timeText: FeedBodyText.collapsed(time.bytes[...]),
            body: "", paragraph: paragraphs,
            line: Int(xmlGetLineNo(p)) > 0 ? Int(xmlGetLineNo(p)) : nil)
        // The body: what follows the label inside the paragraph (at whatever depth the label sits).
        var cursor: xmlNodePtr? = strong
        while let node = cursor, node != p {
            var sibling = node.pointee.next
            while let next = sibling {
                body.appendBlockText(of: next)
                sibling = next.pointee.next
            }
            cursor = node.pointee.parent
        }
        return true
    }

    static func find(_ first: xmlNodePtr?, _ name: StaticString) -> xmlNodePtr? {
        var node = first
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                if let raw = current.pointee.name, MarkupBytes.isOneOf(raw, [name]) { return current }
                if let found = find(current.pointee.children, name) { return found }
            }
            node = current.pointee.next
        }
        return nil
    }

    /// The first `name` element after `start` in document order, still inside `container`.
    static func findAfter(_ start: xmlNodePtr, in container: xmlNodePtr, _ name: StaticString) -> xmlNodePtr? {
        var cursor: xmlNodePtr? = start
        while let node = cursor, node != container {
            var sibling = node.pointee.next
            while let next = sibling {
                if next.pointee.type == XML_ELEMENT_NODE {
                    if let raw = next.pointee.name, MarkupBytes.isOneOf(raw, [name]) { return next }
                    if let found = find(next.pointee.children, name) { return found }
                }
                sibling = next.pointee.next
            }
            cursor = node.pointee.parent
        }
        return nil
    }

    /// Whether an element holds an update paragraph somewhere below it.
    static func containsUpdate(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name {
                if MarkupBytes.isOneOf(name, ["p"]), find(current.pointee.children, "small") != nil,
                    find(current.pointee.children, "strong") != nil
                {
                    return true
                }
                if containsUpdate(current) { return true }
            }
            child = current.pointee.next
        }
        return false
    }
}
