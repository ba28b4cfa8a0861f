import Foundation
import IncidentModel

/// Reads Statuspage `history.rss` / `history.atom` (and LambStatus's RSS, which copies it) with the
/// streaming reader; each item's escaped HTML is parsed with one reused HTML parser context.
struct StatuspageFeedReader {
    /// The file name used in places.
    var file: String
    /// Lines dropped before the XML starts, added back to line numbers.
    var lineOffset = 0

    /// Reads the feed, handing each incident to `each` as soon as its entry closes.
    ///
    /// The result's `incidents` is empty. After a failure, what was handed over belongs to a broken feed.
    func read(_ source: FeedSource, each: (Incident) -> Void) -> ReadResult {
        let fragments = HTMLFragmentParser()
        var format: SourceFormat = .statuspageRSS
        var channel: (fields: Int, isAtom: Bool, vendor: String?)?
        let outcome = FeedStream.read(source, file: file, lineOffset: lineOffset) { entry, header in
            if entry.index == 1 {
                // The root and the generator are known by the first entry, so every incident gets
                // its final format before it is handed over.
                let isLambStatus = header.field("generator")?.text.contains("Feed for Node.js") == true
                format = header.root == "feed" ? .statuspageAtom : (isLambStatus ? .genericRSS : .statuspageRSS)
            }
            // The channel's vendor changes only when a channel field arrives (fields are only added).
            let isAtom = entry.element == "entry"
            if channel == nil || channel!.fields != header.header.count || channel!.isAtom != isAtom {
                channel = (header.header.count, isAtom, Self.channelVendor(header, isAtom: isAtom))
            }
            if var incident = incident(
                from: entry, header: header, channelVendor: channel?.vendor, fragments: fragments)
            {
                incident.sourceFormat = format
                each(incident)
            }
        }
        let isAtom = outcome.root == "feed"
        if isAtom { format = .statuspageAtom }
        if let failure = outcome.failure {
            let issue = failure.issue
            return ReadResult(
                incidents: [],
                failure: ReadFailure(
                    file: file,
                    place: SourcePlace(file: file, line: issue.map { $0.line }, column: issue.map { $0.column }),
                    reason: failure.reason, expected: isAtom ? "a well-formed Atom feed" : "a well-formed RSS feed"),
                format: format)
        }
        return ReadResult(format: format)
    }

    /// The vendor the channel names: its title, else its link's host.
    private static func channelVendor(_ header: FeedStream.Outcome, isAtom: Bool) -> String? {
        let channelTitle = header.field("title")?.text ?? ""
        let channelLink =
            isAtom
            ? header.header.first { $0.name == "link" && ($0.attributes["rel"] ?? "alternate") == "alternate" }?
                .attributes["href"] : header.field("link")?.text
        return IncidentURL.vendor(fromTitle: channelTitle) ?? channelLink.flatMap(IncidentURL.vendor(fromHost:))
    }

    private func incident(
        from entry: FeedEntry, header: FeedStream.Outcome, channelVendor: String?, fragments: HTMLFragmentParser
    ) -> Incident? {
        let isAtom = entry.element == "entry"
        let element = "\(entry.element)[\(entry.index)]"
        let place = SourcePlace(file: file, line: entry.line, element: element)
        let link: String? =
            isAtom
            ? (entry.fields("link").first { ($0.attributes["rel"] ?? "alternate") == "alternate" }?.attributes["href"])
            : (entry.field("link")?.text ?? entry.field("guid")?.text)
        let numericID = isAtom ? entry.field("id")?.text : nil
        var diagnostics: [Diagnostic] = []
        let code = link.flatMap(IncidentURL.code) ?? numericID.map { String($0.split(separator: "/").last ?? "") }
        if link == nil {
            diagnostics.append(
                Diagnostic(
                    code: .ingestNoIncidentLink, severity: .warning, place: place,
                    message: "The entry has no incident link, so its id is the feed's own id, not the URL code."))
        }
        let vendor = channelVendor ?? link.flatMap(IncidentURL.vendor(fromHost:)) ?? ""
        let anchorField = isAtom ? entry.field("published") : entry.field("pubDate")
        let anchor = anchorField.flatMap { isAtom ? MachineTime.iso8601($0.text) : MachineTime.rfc822($0.text) }
        if let anchorField, anchor == nil {
            let year = isAtom ? Int(anchorField.text.prefix(4)) : MachineTime.rfc822Year(anchorField.text)
            let outside = year.map { !MachineTime.years.contains($0) } ?? false
            diagnostics.append(
                Diagnostic(
                    code: outside ? DiagnosticCode.dateOutOfRange : .timeUnreadable, severity: .warning, place: place,
                    message: "`\(anchorField.name)` \"\(anchorField.text)\" "
                        + (outside
                            ? "has a year outside \(MachineTime.years.lowerBound)–\(MachineTime.years.upperBound)"
                            : "is not a date this reader knows") + "; the entry's stamps have no anchor"))
        }
        let context = TimeContext(anchor: anchor, anchorIsNewest: anchor != nil)
        let bodyField =
            entry.field("content") ?? entry.field("encoded") ?? entry.field("description")
            ?? entry.field("summary")
        var entries: [TimelineAssembler.Entry] = []
        var banner: String?
        let bodyDepth = bodyField.map { HTMLNesting.depth($0.bytes) } ?? 0
        if let bodyField, bodyDepth > HTMLNesting.readLimit {
            diagnostics.append(
                Diagnostic(
                    code: .ingestTooDeep, severity: .warning,
                    place: SourcePlace(file: file, line: bodyField.line, element: "\(element)/\(bodyField.name)"),
                    message:
                        "The entry's HTML nests more than \(HTMLNesting.readLimit) elements deep; it is read only to "
                        + "libxml2's limit of 256 levels, so updates after the deep part are missing."))
        }
        if let bodyField, !bodyField.bytes.isEmpty, let document = fragments.parse(bodyField.bytes, depth: bodyDepth) {
            let timeline = FeedTimeline(document: document)
            banner = timeline.banner
            let fieldElement = "\(element)/\(bodyField.prefix.map { "\($0):" } ?? "")\(bodyField.name)"
            entries = timeline.drafts.map { draft in
                let written = WrittenTime(
                    text: draft.timeText,
                    place: SourcePlace(
                        file: file, line: bodyField.line, element: "\(fieldElement)/p[\(draft.paragraph)]"),
                    context: context)
                return TimelineAssembler.Entry(label: draft.label, body: draft.body, written: written)
            }
        }
        let maintenanceHint = banner != nil || link.map(IncidentURL.isMaintenance) == true
        let assembled = TimelineAssembler(maintenanceHint: maintenanceHint).assemble(newestFirst: entries)
        var declaredStart: WrittenTime?
        if let banner {
            let window = banner.dropFirst("THIS IS A SCHEDULED EVENT".count).trimmingWhitespace()
            declaredStart = WrittenTime(text: window, place: place, context: context)
        }
        if entries.isEmpty {
            diagnostics.append(
                Diagnostic(
                    code: .ingestNoUpdates, severity: .warning, place: place,
                    message: "The entry has no update paragraphs (`<small>` time and `<strong>` label)."))
        }
        return Incident(
            id: code ?? "", vendor: vendor, sourceFormat: isAtom ? .statuspageAtom : .statuspageRSS, place: place,
            title: entry.field("title")?.text ?? "", impact: assembled.isMaintenance ? .maintenance : .unknown,
            url: link, isMaintenance: assembled.isMaintenance, updates: assembled.updates,
            postmortem: assembled.postmortem, declaredStart: declaredStart, diagnostics: diagnostics)
    }
}
