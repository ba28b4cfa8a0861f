import Foundation
import IncidentModel

/// Reads Google Cloud's `incidents.json`: a bare array, updates newest first with service states
/// (`AVAILABLE` closes), `begin`/`end` as declared impact bounds, and an `# Incident Report` update
/// lifted out as the postmortem.
struct GoogleCloudJSONReader {
    /// The file name used in places.
    var file: String

    /// Reads the array.
    func read(_ array: [[String: Any]]) -> ReadResult {
        let incidents = array.enumerated().map { index, object in incident(object, element: "[\(index)]") }
        return ReadResult(incidents: incidents, format: .googleCloudJSON)
    }

    private func incident(_ object: [String: Any], element: String) -> Incident {
        let place = SourcePlace(file: file, element: element)
        let context = TimeContext(pageZone: "US/Pacific")
        var tracker = StatusTracker()
        var updates: [StatusUpdate] = []
        var postmortem: Postmortem?
        let rawUpdates = object["updates"] as? [[String: Any]] ?? []
        for (index, update) in rawUpdates.enumerated().reversed() {
            let path = "\(element).updates[\(index)]"
            let field = update["when"] is String ? "when" : "created"
            let text = update[field] as? String ?? ""
            let written = WrittenTime(
                text: text, place: place.with(element: "\(path).\(field)"), context: context,
                exact: MachineTime.iso8601(text), exactField: field)
            let label = update["status"] as? String ?? ""
            let body = update["text"] as? String ?? ""
            if body.hasPrefix("# Incident Report") {
                let bodyPlace = place.with(element: "\(path).text")
                let blocks = body.split(separator: "\n").map {
                    PostmortemOutline.block(line: String($0), place: bodyPlace)
                }
                postmortem = PostmortemOutline.postmortem(text: body, place: bodyPlace, posted: written, blocks: blocks)
                continue
            }
            let status = label == "AVAILABLE" ? Status.resolved : tracker.status(forLabel: label)
            let locations = (update["affected_locations"] as? [[String: Any]] ?? []).compactMap {
                $0["title"] as? String
            }
            updates.append(
                StatusUpdate(status: status, label: label, body: body, written: written, components: locations))
        }
        let impact: Impact =
            switch object["severity"] as? String {
            case "low": .minor
            case "medium": .major
            case "high": .critical
            default: .unknown
            }
        func declared(_ key: String) -> WrittenTime? {
            guard let text = object[key] as? String else { return nil }
            return WrittenTime(
                text: text, place: place.with(element: "\(element).\(key)"), context: context,
                exact: MachineTime.iso8601(text), exactField: key)
        }
        let products = (object["affected_products"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        return Incident(
            id: object["id"] as? String ?? "", vendor: "Google Cloud", sourceFormat: .googleCloudJSON, place: place,
            title: object["external_desc"] as? String ?? "", impact: impact,
            components: products.isEmpty ? [object["service_name"] as? String].compactMap { $0 } : products,
            url: (object["uri"] as? String).map { "https://status.cloud.google.com/\($0)" }, pageZone: "US/Pacific",
            updates: updates, postmortem: postmortem, declaredStart: declared("begin"), declaredEnd: declared("end"))
    }
}
