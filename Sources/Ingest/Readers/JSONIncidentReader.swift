import Foundation
import IncidentModel

/// Reads JSON exports and tells their shapes apart: Statuspage API v2 (`{page, incident}`,
/// `{page, incidents}`, `summary.json`), incident.io's compatible `summary.json`, Google Cloud's
/// `incidents.json` array and the AWS Service Health Dashboard `data.json`.
struct JSONIncidentReader {
    /// The file name used in places.
    var file: String

    static let expected =
        "Statuspage API JSON ({page, incident} or {page, incidents}), a Google Cloud incidents array, or AWS {archive, current}"

    /// The parser's message without its "around character N" (a 0-based byte offset), and that
    /// offset as a 1-based line and column (columns count characters) in `data`.
    static func located(_ detail: String, in data: Data) -> (detail: String, line: Int?, column: Int?) {
        guard
            let range = detail.range(
                of: #" around (line \d+, column \d+, )?character (\d+)\."#, options: .regularExpression),
            let offset = Int(detail[range].split(separator: " ").last?.dropLast() ?? ""), offset <= data.count
        else { return (detail, nil, nil) }
        let before = data.prefix(offset)
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        var message = detail
        message.replaceSubrange(range, with: "")
        return (message, line, column)
    }

    /// Reads the JSON.
    func read(_ data: Data) -> ReadResult {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let nsError = error as NSError
            let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String ?? nsError.localizedDescription
            let located = Self.located(detail, in: data)
            return ReadResult(
                failure: ReadFailure(
                    file: file, place: located.line.map { SourcePlace(file: file, line: $0, column: located.column) },
                    reason: "the JSON is broken: \(located.detail)", expected: Self.expected))
        }
        if let array = root as? [[String: Any]] {
            if array.isEmpty || array.first?["external_desc"] != nil || array.first?["begin"] != nil {
                return GoogleCloudJSONReader(file: file).read(array)
            }
        }
        if let object = root as? [String: Any] {
            if object["archive"] is [Any] || object["current"] is [Any] {
                return AWSHealthJSONReader(file: file).read(object)
            }
            if let page = object["page"] as? [String: Any] {
                let isIncidentIO = (page["id"] as? String)?.count == 26
                let reader = StatuspageJSONReader(file: file, page: page, isIncidentIO: isIncidentIO)
                if let incident = object["incident"] as? [String: Any] {
                    return ReadResult(
                        incidents: [reader.incident(incident, element: "incident")], format: reader.format)
                }
                var incidents: [Incident] = []
                for (index, incident) in (object["incidents"] as? [[String: Any]] ?? []).enumerated() {
                    incidents.append(reader.incident(incident, element: "incidents[\(index)]"))
                }
                for (index, incident) in (object["scheduled_maintenances"] as? [[String: Any]] ?? []).enumerated() {
                    incidents.append(
                        reader.incident(incident, element: "scheduled_maintenances[\(index)]", maintenance: true))
                }
                if object["incidents"] != nil || object["scheduled_maintenances"] != nil || object["status"] != nil {
                    return ReadResult(incidents: incidents, format: reader.format)
                }
            }
        }
        return ReadResult(
            failure: ReadFailure(file: file, reason: "JSON of an unknown shape", expected: Self.expected))
    }
}
