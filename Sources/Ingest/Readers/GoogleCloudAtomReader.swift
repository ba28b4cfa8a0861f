import Foundation
import IncidentModel

/// Reads Google Cloud's status Atom feed: one entry per update (`<id>…:feed:<incident>.<update>`),
/// the status as a title prefix (`RESOLVED: …`), escaped HTML summaries.
struct GoogleCloudAtomReader {
    /// The file name used in places.
    var file: String
    /// Lines dropped before the XML starts, added back to line numbers.
    var lineOffset = 0

    /// Whether an Atom feed is Google Cloud's, from the first 2,048 bytes of the XML.
    static func looksLikeGoogle(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self)
        return head.contains("status.cloud.google.com") || head.contains("Google Cloud Service Health")
    }

    private struct Group {
        var id: String
        var title: String
        var url: String?
        var place: SourcePlace
        var entries: [(label: String, written: WrittenTime, body: String, components: [String])] = []
        var declaredStart: WrittenTime?
        var declaredEnd: WrittenTime?
    }

    /// Reads the feed, handing each incident to `each` once the stream has ended.
    ///
    /// An incident's updates are entries anywhere in the feed, so they are grouped first; the
    /// result's `incidents` is empty. A broken feed hands over nothing.
    func read(_ source: FeedSource, each: (Incident) -> Void) -> ReadResult {
        let fragments = HTMLFragmentParser()
        var groups: [Group] = []
        var order: [String: Int] = [:]
        let outcome = FeedStream.read(source, file: file, lineOffset: lineOffset) { entry, _ in
            let element = "entry[\(entry.index)]"
            let place = SourcePlace(file: file, line: entry.line, element: element)
            let feedID = entry.field("id")?.text ?? ""
            let tail = feedID.components(separatedBy: ":feed:").last ?? feedID
            let incidentID = String(tail.split(separator: ".").first ?? Substring(tail))
            let link = entry.fields("link").first { ($0.attributes["rel"] ?? "alternate") == "alternate" }?
                .attributes["href"]
            var title = entry.field("title")?.text ?? ""
            var label = ""
            if let colon = title.range(of: ": "),
                title[..<colon.lowerBound].allSatisfy({ $0.isUppercase || $0 == " " })
            {
                label = String(title[..<colon.lowerBound])
                title = String(title[colon.upperBound...])
            }
            let updated = entry.field("updated")?.text ?? ""
            let written = WrittenTime(
                text: updated, place: place.with(element: "\(element)/updated"),
                context: TimeContext(pageZone: "US/Pacific"), exact: MachineTime.iso8601(updated),
                exactField: "updated")
            var body = ""
            var components: [String] = []
            var began: String?
            var ended: String?
            var zone: String?
            if let summary = entry.field("summary") ?? entry.field("content"),
                let document = fragments.parse(summary.bytes), let root = document.root
            {
                body = root.blockText
                for line in body.split(separator: "\n") {
                    let text = String(line)
                    if text.hasPrefix("Affected products:") {
                        components = text.dropFirst("Affected products:".count).split(separator: ",")
                            .map { $0.trimmingWhitespace() }
                    }
                    if text.hasPrefix("Incident began at ") {
                        (began, ended, zone) = Self.window(text)
                    }
                }
            }
            if order[incidentID] == nil {
                order[incidentID] = groups.count
                groups.append(Group(id: incidentID, title: title, url: link, place: place))
            }
            let index = order[incidentID]!
            groups[index].entries.append((label, written, body, components))
            let context = TimeContext(pageZone: zone ?? "US/Pacific")
            if let began, groups[index].declaredStart == nil {
                groups[index].declaredStart = WrittenTime(
                    text: began, place: place.with(element: "\(element)/summary"), context: context)
            }
            if let ended, groups[index].declaredEnd == nil {
                groups[index].declaredEnd = WrittenTime(
                    text: ended, place: place.with(element: "\(element)/summary"), context: context)
            }
        }
        if let failure = outcome.failure {
            return ReadResult(
                failure: ReadFailure(
                    file: file,
                    place: SourcePlace(file: file, line: failure.issue?.line, column: failure.issue?.column),
                    reason: failure.reason, expected: "a well-formed Atom feed"),
                format: .googleCloudAtom)
        }
        for group in groups {
            var tracker = StatusTracker()
            var components: [String] = []
            let updates = group.entries.reversed().map { entry -> StatusUpdate in
                ComponentList.merge(entry.components, into: &components)
                let status = entry.label == "RESOLVED" ? Status.resolved : tracker.status(forLabel: entry.label)
                return StatusUpdate(
                    status: status, label: entry.label, body: entry.body, written: entry.written,
                    components: entry.components)
            }
            each(
                Incident(
                    id: group.id, vendor: "Google Cloud", sourceFormat: .googleCloudAtom, place: group.place,
                    title: group.title, components: components, url: group.url, pageZone: "US/Pacific",
                    updates: updates,
                    declaredStart: group.declaredStart, declaredEnd: group.declaredEnd))
        }
        return ReadResult(format: .googleCloudAtom)
    }

    /// `Incident began at X and ended at Y (all times are Z).` as its three parts.
    static func window(_ text: String) -> (String?, String?, String?) {
        var rest = text.dropFirst("Incident began at ".count)
        var began: String?
        var ended: String?
        var zone: String?
        if let and = rest.range(of: " and ended at ") {
            began = String(rest[..<and.lowerBound])
            rest = rest[and.upperBound...]
            if let open = rest.range(of: " (all times are ") {
                ended = String(rest[..<open.lowerBound])
                zone = rest[open.upperBound...].split(separator: ")").first.map(String.init)
            }
        } else if let open = rest.range(of: " (all times are ") {
            began = String(rest[..<open.lowerBound])
            zone = rest[open.upperBound...].split(separator: ")").first.map(String.init)
        }
        return (began, ended, zone)
    }
}
