import Foundation
import IncidentModel

/// Reads one Statuspage API v2 incident object (also incident.io's compatible shape).
struct StatuspageJSONReader {
    /// The file name used in places.
    var file: String
    /// The `page` object.
    var page: [String: Any]
    /// Whether the page is incident.io's (ULID ids, no components, no time zone).
    var isIncidentIO: Bool

    /// The format the incidents are tagged with.
    var format: SourceFormat { isIncidentIO ? .incidentioJSON : .statuspageJSON }

    /// Reads an incident object; `element` is its path (`incident`, `incidents[3]`).
    func incident(_ object: [String: Any], element: String, maintenance: Bool = false) -> Incident {
        let id = object["id"] as? String ?? ""
        let zone = page["time_zone"] as? String
        let context = TimeContext(pageZone: zone)
        let place = SourcePlace(file: file, element: element)
        var components = (object["components"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        let isMaintenance =
            maintenance || object["scheduled_for"] is String || (object["impact"] as? String) == "maintenance"
        var tracker = StatusTracker(maintenance: isMaintenance)
        var updates: [StatusUpdate] = []
        let rawUpdates = object["incident_updates"] as? [[String: Any]] ?? []
        for (index, update) in rawUpdates.enumerated().reversed() {
            let path = "\(element).incident_updates[\(index)]"
            let label = update["status"] as? String ?? ""
            let field = update["display_at"] is String ? "display_at" : "created_at"
            let written = time(update[field], field: field, path: path, context: context)
            let named = (update["affected_components"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            ComponentList.merge(named, into: &components)
            updates.append(
                StatusUpdate(
                    status: tracker.status(forLabel: label), label: label,
                    body: Self.plainBody(update["body"] as? String ?? ""),
                    written: written ?? WrittenTime(text: "", place: place.with(element: path)),
                    components: named))
        }
        var postmortem: Postmortem?
        if let body = object["postmortem_body"] as? String, !body.isEmpty {
            let posted = time(
                object["postmortem_published_at"], field: "postmortem_published_at", path: element, context: context)
            let postmortemPlace = place.with(element: "\(element).postmortem_body")
            let blocks = body.split(separator: "\n").map {
                PostmortemOutline.block(line: String($0), place: postmortemPlace)
            }
            postmortem = PostmortemOutline.postmortem(
                text: body, place: postmortemPlace, posted: posted, blocks: blocks)
        }
        let impact = (object["impact"] as? String).flatMap(Impact.init(rawValue:)) ?? .unknown
        let base = (page["url"] as? String).map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        return Incident(
            id: id, vendor: page["name"] as? String ?? "", sourceFormat: format, place: place,
            title: object["name"] as? String ?? "", impact: isMaintenance && impact == .none ? .maintenance : impact,
            components: components, url: object["shortlink"] as? String ?? base.map { "\($0)/incidents/\(id)" },
            isMaintenance: isMaintenance, pageZone: zone, updates: updates, postmortem: postmortem,
            declaredStart: time(
                object["started_at"] ?? object["scheduled_for"],
                field: object["started_at"] != nil ? "started_at" : "scheduled_for", path: element, context: context),
            declaredEnd: time(object["scheduled_until"], field: "scheduled_until", path: element, context: context))
    }

    private func time(_ value: Any?, field: String, path: String, context: TimeContext) -> WrittenTime? {
        guard let text = value as? String else { return nil }
        return WrittenTime(
            text: text, place: SourcePlace(file: file, element: "\(path).\(field)"), context: context,
            exact: MachineTime.iso8601(text), exactField: field)
    }

    /// The body as plain text: HTML bodies (legacy imports) lose their tags, one line per block.
    static func plainBody(_ body: String) -> String {
        guard body.contains("</") || body.contains("<br") else { return body }
        return HTMLFragmentParser().parse(body)?.root?.blockText ?? body
    }
}
