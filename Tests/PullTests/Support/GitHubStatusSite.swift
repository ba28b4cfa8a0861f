import Foundation

/// githubstatus.com as a status page serves it, generated from the 1,282 `/api/v2/incidents/<id>.json`
/// records in `../shared/fixtures/statuspage-json/github-incidents`: the API's latest 50 incidents,
/// the feeds' latest 25, `/history?page=N` pages of three months each back to the first incident, and
/// each incident's API record, so the older incidents are reachable only through the pages.
struct GitHubStatusSite {
    /// One incident record: its code, creation instant and the raw `{page, incident}` file.
    struct Record {
        var code: String
        var created: Date
        var incident: [String: Any]
        var file: Data
    }

    /// The records, newest first.
    var records: [Record]
    /// The `page` object of the records.
    var page: [String: Any]
    /// Updates over all records, counted from the JSON (not through the project's readers).
    var updateCount: Int

    /// Reads the folder.
    init(folder: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        var records: [Record] = []
        var page: [String: Any] = [:]
        var updates = 0
        for file in files {
            let data = try Data(contentsOf: file)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            let incident = object["incident"] as? [String: Any] ?? [:]
            page = object["page"] as? [String: Any] ?? page
            updates += (incident["incident_updates"] as? [Any])?.count ?? 0
            let created = Self.instant(incident["created_at"] as? String ?? "") ?? Date(timeIntervalSince1970: 0)
            records.append(
                Record(code: incident["id"] as? String ?? "", created: created, incident: incident, file: data))
        }
        self.records = records.sorted { ($0.created, $0.code) > ($1.created, $1.code) }
        self.page = page
        self.updateCount = updates
    }

    /// The site: API, feeds, history pages and every record at `/api/v2/incidents/<id>.json`.
    func site(apiLatest: Int = 50, feedLatest: Int = 25) throws -> StaticSite {
        var site = StaticSite()
        let json = "application/json"
        let latest = records.prefix(apiLatest).map(\.incident)
        site.add("/api/v2/incidents.json", try Self.json(["page": page, "incidents": latest]), type: json)
        site.add(
            "/api/v2/scheduled-maintenances.json", try Self.json(["page": page, "scheduled_maintenances": []]),
            type: json)
        site.add(
            "/api/v2/summary.json",
            try Self.json([
                "page": page, "components": [], "incidents": [], "scheduled_maintenances": [],
                "status": ["indicator": "none", "description": "All Systems Operational"],
            ]), type: json)
        for record in records { site.add("/api/v2/incidents/\(record.code).json", record.file, type: json) }
        let feed = SiteFeeds(records: Array(records.prefix(feedLatest)), origin: "https://www.githubstatus.com")
        site.add("/history.atom", Data(feed.atom().utf8), type: "application/atom+xml")
        site.add("/history.rss", Data(feed.rss().utf8), type: "application/rss+xml")
        for (number, html) in try HistoryPages(records: records, page: page).pages().enumerated() {
            site.add("/history?page=\(number + 1)", Data(html.utf8), type: "text/html; charset=utf-8")
        }
        return site
    }

    static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func instant(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date(text, strategy: .iso8601)
    }
}
