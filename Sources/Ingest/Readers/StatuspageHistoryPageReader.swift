import Foundation
import IncidentModel

/// Reads a Statuspage `/history` page: the `HistoryIndex` React props (JSON in an attribute),
/// `months[].incidents[]` with a year-less `timestamp` range whose year is `months[].year`.
struct StatuspageHistoryPageReader {
    /// The file name used in places.
    var file: String

    /// Reads the page.
    func read(_ data: Data) -> ReadResult {
        let expected = "a Statuspage history page with HistoryIndex data-react-props JSON"
        guard let document = MarkupDocument.html(data),
            let holder = document.first("//*[@data-react-class='HistoryIndex'][@data-react-props]"),
            let props = holder.attribute("data-react-props")
        else {
            return ReadResult(
                failure: ReadFailure(
                    file: file, reason: "no HistoryIndex data-react-props attribute", expected: expected),
                format: .statuspageHistoryPage)
        }
        let holderPlace = SourcePlace(file: file, line: holder.line, element: "div[@data-react-props]")
        guard let json = try? JSONSerialization.jsonObject(with: Data(props.utf8)) as? [String: Any] else {
            return ReadResult(
                failure: ReadFailure(
                    file: file, place: holderPlace, reason: "the data-react-props value is not JSON", expected: expected
                ),
                format: .statuspageHistoryPage)
        }
        let page = (json["page_status"] as? [String: Any])?["page"] as? [String: Any] ?? [:]
        let domain = page["domain"] as? String
        let vendor = page["name"] as? String ?? domain ?? ""
        let zone = page["time_zone"] as? String
        let origin = domain.map { "https://\($0)" } ?? (page["url"] as? String)
        let fragments = HTMLFragmentParser()
        var incidents: [Incident] = []
        for (monthIndex, month) in (json["months"] as? [[String: Any]] ?? []).enumerated() {
            let year = month["year"] as? Int
            for (index, item) in (month["incidents"] as? [[String: Any]] ?? []).enumerated() {
                let element = "months[\(monthIndex)].incidents[\(index)]"
                let place = holderPlace.with(element: element)
                let code = item["code"] as? String ?? ""
                let stampHTML = item["timestamp"] as? String ?? ""
                let stamp = fragments.parse(stampHTML)?.root?.text ?? stampHTML
                let start = WrittenTime(
                    text: stamp, place: place.with(element: "\(element).timestamp"),
                    context: TimeContext(pageZone: zone, year: year))
                let impact = (item["impact"] as? String).flatMap(Impact.init(rawValue:)) ?? .unknown
                incidents.append(
                    Incident(
                        id: code, vendor: vendor, sourceFormat: .statuspageHistoryPage, place: place,
                        title: item["name"] as? String ?? "", impact: impact,
                        url: origin.map { "\($0)/incidents/\(code)" }, isMaintenance: impact == .maintenance,
                        pageZone: zone, declaredStart: start))
            }
        }
        return ReadResult(incidents: incidents, format: .statuspageHistoryPage)
    }
}
