import Foundation
import IncidentModel

/// Reads the legacy AWS Service Health Dashboard `data.json`: events whose HTML description holds
/// one `<div>` per update, oldest first, timed `8:18 PM PDT` with no date, anchored on `date`.
struct AWSHealthJSONReader {
    /// The file name used in places.
    var file: String

    /// Reads `{archive, current}`.
    func read(_ object: [String: Any]) -> ReadResult {
        let fragments = HTMLFragmentParser()
        var incidents: [Incident] = []
        for key in ["current", "archive"] {
            for (index, event) in (object[key] as? [[String: Any]] ?? []).enumerated() {
                incidents.append(incident(event, element: "\(key)[\(index)]", fragments: fragments))
            }
        }
        return ReadResult(incidents: incidents, format: .awsHealthJSON)
    }

    private func incident(_ event: [String: Any], element: String, fragments: HTMLFragmentParser) -> Incident {
        let place = SourcePlace(file: file, element: element)
        let dateText = event["date"] as? String ?? (event["date"] as? Int).map(String.init) ?? ""
        let anchor = MachineTime.unixSeconds(dateText)
        let context = TimeContext(anchor: anchor, anchorIsNewest: false)
        let summary = event["summary"] as? String ?? ""
        let resolved = summary.uppercased().hasPrefix("[RESOLVED]")
        var updates: [StatusUpdate] = []
        if let description = event["description"] as? String, let document = fragments.parse(description) {
            let divs = document.select("//div[span]")
            for (index, div) in divs.enumerated() {
                let stamp = document.first("./span", from: div)
                var body = MarkupTextBuffer()
                var stampSeen = false
                for child in div.children {
                    if !stampSeen, child.isElement("span") {
                        stampSeen = true
                        continue
                    }
                    body.appendBlockText(of: child.pointer)
                }
                let written = WrittenTime(
                    text: stamp?.text ?? "", place: place.with(element: "\(element).description/div[\(index + 1)]"),
                    context: context)
                let isLast = index == divs.count - 1
                let status: Status = resolved && isLast ? .resolved : .investigating
                updates.append(StatusUpdate(status: status, label: "", body: body.collapsedLines(), written: written))
            }
        }
        var title = summary
        if title.hasPrefix("["), let close = title.firstIndex(of: "]") {
            title = title[title.index(after: close)...].trimmingWhitespace()
        }
        let service = event["service"] as? String ?? ""
        return Incident(
            id: "\(service)_\(dateText)", vendor: "AWS", sourceFormat: .awsHealthJSON, place: place, title: title,
            components: [event["service_name"] as? String].compactMap { $0 }, updates: updates)
    }
}
