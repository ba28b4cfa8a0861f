import Foundation

/// `/history?page=N` pages as Statuspage renders them (the `HistoryIndex` React props in an
/// attribute): page 1 holds the three months up to the newest incident's, each later page the three
/// before, until the page's creation.
struct HistoryPages {
    var records: [GitHubStatusSite.Record]
    var page: [String: Any]

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// The pages' HTML, page 1 first.
    func pages() throws -> [String] {
        guard let newest = records.first?.created, let oldest = records.last?.created else { return [] }
        let calendar = Self.utc
        let first = calendar.dateComponents([.year, .month], from: oldest)
        var pageObject = page
        pageObject["created_at"] = String(format: "%04d-%02d-01T00:00:00.000Z", first.year!, first.month!)
        pageObject["domain"] = "www.githubstatus.com"
        var byMonth: [Int: [GitHubStatusSite.Record]] = [:]
        for record in records {
            let parts = calendar.dateComponents([.year, .month], from: record.created)
            byMonth[parts.year! * 12 + parts.month! - 1, default: []].append(record)
        }
        let newestParts = calendar.dateComponents([.year, .month], from: newest)
        var month = newestParts.year! * 12 + newestParts.month! - 1
        let stop = first.year! * 12 + first.month! - 1
        var pages: [String] = []
        while month >= stop {
            let months = (0..<3).map { month - $0 }
            let props: [String: Any] = [
                "page_status": ["page": pageObject],
                "components": [],
                "months": months.map { index in
                    [
                        "name": Self.monthNames[index % 12], "year": index / 12, "starts_on": 0, "days": 30,
                        "incidents": (byMonth[index] ?? []).map(entry),
                    ] as [String: Any]
                },
                "start_time": String(format: "%04d-%02d-01T00:00:00Z", (month - 2) / 12, (month - 2) % 12 + 1),
                "end_time": String(format: "%04d-%02d-28T23:59:59Z", month / 12, month % 12 + 1),
            ]
            let json = String(decoding: try GitHubStatusSite.json(props), as: UTF8.self)
            pages.append(
                """
                <!DOCTYPE html>
                <html><head><title>GitHub Status - Incident History</title></head>
                <body><div data-react-class="HistoryIndex" data-react-props="\(Self.attribute(json))"></div>
                </body></html>
                """)
            month -= 3
        }
        return pages
    }

    /// One incident's entry: code, name, message, impact and the year-less range.
    private func entry(_ record: GitHubStatusSite.Record) -> [String: Any] {
        let incident = record.incident
        let end = (incident["resolved_at"] as? String).flatMap(GitHubStatusSite.instant) ?? record.created
        return [
            "code": record.code, "name": incident["name"] as? String ?? "",
            "message": (incident["incident_updates"] as? [[String: Any]])?.first?["body"] as? String ?? "",
            "impact": incident["impact"] as? String ?? "none",
            "timestamp": Self.stamp(record.created) + " - " + Self.stamp(end) + " UTC",
        ]
    }

    /// `Aug <var data-var='date'>10</var>, <var data-var='time'>00:17</var>`.
    static func stamp(_ date: Date) -> String {
        let parts = utc.dateComponents([.month, .day, .hour, .minute], from: date)
        let month = String(monthNames[parts.month! - 1].prefix(3))
        return "\(month) <var data-var='date'>\(parts.day!)</var>, "
            + String(format: "<var data-var='time'>%02d:%02d</var>", parts.hour!, parts.minute!)
    }

    /// Text escaped for a double-quoted HTML attribute.
    static func attribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
