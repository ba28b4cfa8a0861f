import Foundation
import IncidentModel

/// Reads a Statuspage incident detail page (`/incidents/<code>`), old and new markup: the
/// postmortem row first, then updates newest first, each with `data-datetime-unix` and the
/// displayed `Posted Dec 21, 2019 - 12:31 UTC`.
struct StatuspageDetailPageReader {
    /// The file name used in places.
    var file: String

    /// Reads the page.
    func read(_ data: Data) -> ReadResult {
        guard let document = MarkupDocument.html(data) else {
            return ReadResult(
                failure: ReadFailure(
                    file: file, reason: "the HTML could not be parsed", expected: "a Statuspage incident page"),
                format: .statuspageIncidentPage)
        }
        let nodes = StatuspageDetailPageNodes(document)
        let nameNode = nodes.name
        let rows = nodes.rows
        guard nameNode != nil || !rows.isEmpty else {
            return ReadResult(
                failure: ReadFailure(
                    file: file,
                    reason: "no `incident-name` title and no `update-row` updates"
                        + (document.issues.first { $0.level >= 2 }.map { " (libxml2: \($0.message))" } ?? ""),
                    expected: "a Statuspage incident page"),
                format: .statuspageIncidentPage)
        }
        let pageURL =
            nodes.openGraphURL?.attribute("content") ?? nodes.canonicalLink?.attribute("href")
            ?? nodes.incidentLink?.attribute("href")
        let place = SourcePlace(file: file, line: nameNode?.line, element: "div.incident-name")
        var diagnostics: [Diagnostic] = []
        let id = pageURL.flatMap(IncidentURL.code) ?? IncidentURL.fallbackID(file: file)
        if pageURL == nil {
            diagnostics.append(
                Diagnostic(
                    code: .ingestNoIncidentURL, severity: .warning, place: place,
                    message: "The page names no incident URL; the id is taken from the file name."))
        }
        let vendor = Self.vendor(nodes) ?? pageURL.flatMap(IncidentURL.vendor(fromHost:)) ?? ""
        let impact = nameNode.flatMap(Self.impact) ?? .unknown
        var components = nodes.components.map { ComponentList.split($0.text) } ?? []
        var entries: [TimelineAssembler.Entry] = []
        for (index, row) in rows.enumerated() {
            let element = "div.update-row[\(index + 1)]"
            let pieces = StatuspageDetailPageNodes.parts(of: row)
            let label = pieces.title?.text ?? ""
            let bodyNode = pieces.body
            let stamp = pieces.timestamp
            var written = WrittenTime(text: "", place: SourcePlace(file: file, line: row.line, element: element))
            var updateComponents: [String] = []
            if let stamp {
                let parts = Self.timestamp(stamp)
                written = WrittenTime(
                    text: parts.text,
                    place: SourcePlace(file: file, line: stamp.line, element: "\(element)/update-timestamp"),
                    exact: parts.exact, exactField: parts.exact == nil ? nil : "data-datetime-unix")
                updateComponents = parts.components
                ComponentList.merge(parts.components, into: &components)
            }
            let isPostmortem = Status(label: label) == .postmortem
            let blocks =
                isPostmortem
                ? bodyNode.map { PostmortemOutline.blocks(html: $0, file: file, element: "\(element)/update-body") }
                : nil
            entries.append(
                TimelineAssembler.Entry(
                    label: label, body: bodyNode?.blockText ?? "", written: written, components: updateComponents,
                    blocks: blocks))
        }
        if HTMLEnding.isCut(data) {
            diagnostics.append(
                Diagnostic(
                    code: .ingestTruncated, severity: .warning,
                    place: SourcePlace(file: file, line: HTMLEnding.lastLine(data)),
                    message:
                        "The page ends without `</body>` or `</html>`: it was cut short; the \(rows.count) "
                        + "update row(s) read before the cut are kept, and the last may be incomplete."))
        }
        let assembled = TimelineAssembler(maintenanceHint: impact == .maintenance).assemble(newestFirst: entries)
        let incident = Incident(
            id: id, vendor: vendor, sourceFormat: .statuspageIncidentPage, place: place, title: nameNode?.text ?? "",
            impact: impact, components: components, url: pageURL, isMaintenance: assembled.isMaintenance,
            updates: assembled.updates, postmortem: assembled.postmortem, diagnostics: diagnostics)
        return ReadResult(incidents: [incident], format: .statuspageIncidentPage)
    }

    /// The vendor from `Incident Report for <a>X</a>`, else the `<title>` (`X Status - …`).
    static func vendor(_ nodes: StatuspageDetailPageNodes) -> String? {
        if let subheader = nodes.subheader {
            let text = subheader.text
            if let range = text.range(of: "Report for ") {
                let name = text[range.upperBound...].trimmingWhitespace()
                if !name.isEmpty { return name }
            }
        }
        if let title = nodes.title?.text, let dash = title.range(of: " - ") {
            return IncidentURL.vendor(fromTitle: String(title[..<dash.lowerBound]))
        }
        return nil
    }

    /// The impact from an `impact-*` class token.
    static func impact(_ node: MarkupNode) -> Impact? {
        for token in node.classes where token.hasPrefix("impact-") {
            return Impact(rawValue: String(token.dropFirst("impact-".count)))
        }
        return nil
    }

    /// The displayed time (without `Posted` and the relative `13 days ago.`), the exact instant
    /// from `data-datetime-unix`, and components an inner `This update affected:` block names.
    static func timestamp(_ stamp: MarkupNode) -> (text: String, exact: Date?, components: [String]) {
        var buffer = MarkupTextBuffer()
        var exact: Date?
        var components: [String] = []
        for child in stamp.children {
            if child.isElement, let unix = child.attribute("data-datetime-unix") {
                exact = MachineTime.unixMilliseconds(unix)
                continue
            }
            if child.isElement("div") || child.isElement("p") {
                let text = child.text
                if text.hasPrefix("This update affected") { components = ComponentList.split(text) }
                continue
            }
            buffer.appendText(of: child.pointer)
        }
        var text = buffer.collapsed()
        if text.hasPrefix("Posted") {
            text = String(text.dropFirst("Posted".count)).trimmingWhitespace()
        }
        return (text, exact, components)
    }
}
