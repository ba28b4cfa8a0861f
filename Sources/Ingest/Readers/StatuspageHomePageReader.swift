import Foundation
import IncidentModel

/// Reads a Statuspage home page: scheduled maintenances, live (unresolved) incidents, and the past
/// incidents grouped by day
/// (`div.status-day`, whose `div.date` is the only place with a year).
struct StatuspageHomePageReader {
    /// The file name used in places.
    var file: String

    /// Reads the page.
    func read(_ data: Data) -> ReadResult {
        guard let document = MarkupDocument.html(data) else {
            return ReadResult(
                failure: ReadFailure(
                    file: file, reason: "the HTML could not be parsed", expected: "a Statuspage home page"),
                format: .statuspageHomePage)
        }
        let days = document.select(XPath.withClass("status-day"))
        let upcoming = document.select(XPath.withClass("scheduled-maintenance"))
        let live = document.select(XPath.withClass("unresolved-incident"))
        guard !days.isEmpty || !upcoming.isEmpty || !live.isEmpty else {
            return ReadResult(
                failure: ReadFailure(
                    file: file, reason: "no `status-day` groups", expected: "a Statuspage home page with past incidents"
                ),
                format: .statuspageHomePage)
        }
        let title = document.first("//title")?.text ?? ""
        let vendor = IncidentURL.vendor(fromTitle: title) ?? ""
        let issued = document.first("//meta[@name='issued']")?.attribute("content").flatMap(MachineTime.unixSeconds)
        var incidents: [Incident] = []
        var seen = Set<String>()
        for (index, node) in upcoming.enumerated() {
            let element = "div.scheduled-maintenance[\(index + 1)]"
            let context = TimeContext(anchor: issued, anchorIsNewest: issued != nil)
            if var incident = incident(
                node, element: element, context: context, document: document, vendor: vendor, maintenance: true)
            {
                incident.isMaintenance = true
                incident.impact = .maintenance
                if let small = document.first(".//small[@data-unix-time]", from: node) {
                    incident.declaredStart = WrittenTime(
                        text: small.text, place: SourcePlace(file: file, line: small.line, element: "\(element)/small"),
                        context: context, exact: small.attribute("data-unix-time").flatMap(MachineTime.unixSeconds),
                        exactField: "data-unix-time")
                }
                if seen.insert(incident.id).inserted { incidents.append(incident) }
            }
        }
        // Live incidents, not resolved when the page was rendered: their updates have no year, so
        // they walk back from the render time.
        for (index, node) in live.enumerated() {
            let element = "div.unresolved-incident[\(index + 1)]"
            let context = TimeContext(anchor: issued, anchorIsNewest: issued != nil)
            if let incident = incident(node, element: element, context: context, document: document, vendor: vendor),
                seen.insert(incident.id).inserted
            {
                incidents.append(incident)
            }
        }
        for (dayIndex, day) in days.enumerated() {
            let dateNode = document.first(XPath.withClass("date"), from: day)
            let heading = dateNode?.text
            let year = document.first(".//var[@data-var='year']", from: day).flatMap { Int($0.text) }
            let context = TimeContext(anchor: issued, anchorIsNewest: issued != nil, dateHeading: heading, year: year)
            for (index, container) in document.select(XPath.withClass("incident-container"), from: day).enumerated() {
                let element = "div.status-day[\(dayIndex + 1)]/div.incident-container[\(index + 1)]"
                if let incident = incident(
                    container, element: element, context: context, document: document, vendor: vendor),
                    seen.insert(incident.id).inserted
                {
                    incidents.append(incident)
                }
            }
        }
        return ReadResult(incidents: incidents, format: .statuspageHomePage)
    }

    private func incident(
        _ container: MarkupNode, element: String, context: TimeContext, document: MarkupDocument, vendor: String,
        maintenance: Bool = false
    ) -> Incident? {
        guard let titleNode = document.first(XPath.withClass("incident-title"), from: container) else { return nil }
        let link = document.first(".//a[@href]", from: titleNode)
        let href = link?.attribute("href")
        let place = SourcePlace(file: file, line: titleNode.line, element: element)
        let impact = StatuspageDetailPageReader.impact(titleNode) ?? .unknown
        var entries: [TimelineAssembler.Entry] = []
        var postmortemNote = false
        for (index, update) in document.select(XPath.withClass("update"), from: container).enumerated() {
            let parts = Self.update(update)
            let written = WrittenTime(
                text: parts.time,
                place: SourcePlace(file: file, line: update.line, element: "\(element)/div.update[\(index + 1)]"),
                context: context)
            if update.hasClass("postmortem") { postmortemNote = true }
            entries.append(
                TimelineAssembler.Entry(
                    label: parts.label, body: update.hasClass("postmortem") ? "" : parts.body, written: written))
        }
        let assembled = TimelineAssembler(maintenanceHint: maintenance || impact == .maintenance).assemble(
            newestFirst: entries)
        var diagnostics: [Diagnostic] = []
        if postmortemNote {
            diagnostics.append(
                Diagnostic(
                    code: .ingestPostmortemElsewhere, severity: .note, place: place,
                    message: "The home page only links to the postmortem; its text is on the incident page."))
        }
        let url = href.map { $0.hasPrefix("/") ? (Self.origin(document) ?? "") + $0 : $0 }
        return Incident(
            id: href.flatMap(IncidentURL.code) ?? "", vendor: vendor, sourceFormat: .statuspageHomePage, place: place,
            title: (link ?? titleNode).text, impact: impact, url: url, isMaintenance: assembled.isMaintenance,
            updates: assembled.updates, postmortem: assembled.postmortem, diagnostics: diagnostics)
    }

    /// The page's origin (`https://status.box.com`) from `og:url` or a canonical link, when present.
    private static func origin(_ document: MarkupDocument) -> String? {
        let candidate =
            document.first("//meta[@property='og:url']")?.attribute("content")
            ?? document.first("//link[@rel='canonical']")?.attribute("href")
            ?? document.first("//link[@type='application/atom+xml'][@href]")?.attribute("href")
            ?? document.first("//a[starts-with(@href, 'http')][contains(@href, '/incidents/')]")?.attribute("href")
        guard let candidate, let url = URL(string: candidate), let scheme = url.scheme, let host = url.host else {
            return nil
        }
        return "\(scheme)://\(host)"
    }

    /// An update row's label (`<strong>`), body (after the label, before `<small>`) and time (`<small>`).
    static func update(_ node: MarkupNode) -> (label: String, body: String, time: String) {
        var label = ""
        var body = MarkupTextBuffer()
        var time = ""
        var labelSeen = false
        for child in node.children {
            if !labelSeen, child.isElement("strong") {
                label = child.text
                labelSeen = true
                continue
            }
            if child.isElement("small") {
                time = child.text
                for prefix in ["Posted on", "Posted"] where time.hasPrefix(prefix) {
                    time = String(time.dropFirst(prefix.count)).trimmingWhitespace()
                }
                continue
            }
            if child.isElement("a"), child.text == "Read details" { continue }
            body.appendBlockText(of: child.pointer)
        }
        var text = body.collapsedLines()
        if text.hasPrefix("-") { text = String(text.dropFirst()).trimmingWhitespaceAndNewlines() }
        return (label, text, time)
    }
}
