import Foundation
import TestSupport

/// A status page served from the repository's own `Fixtures/`: the API's incident list and summary,
/// both feeds, no `/history` pages.
enum FixtureSite {
    /// The API-open site.
    static func site() throws -> StaticSite {
        var site = StaticSite()
        let root = FixturePaths.fixtures
        func add(_ target: String, _ file: String, _ type: String) throws {
            site.add(target, try Data(contentsOf: root.appendingPathComponent(file)), type: type)
        }
        try add("/api/v2/incidents.json", "statuspage-json/incidents.json", "application/json")
        try add("/api/v2/summary.json", "statuspage-json/summary.json", "application/json")
        try add("/history.atom", "statuspage/kustomer-history.atom", "application/atom+xml")
        try add("/history.rss", "statuspage/kustomer-history.rss", "application/rss+xml")
        return site
    }

    /// The targets a pull of ``site()`` requests, in order, when nothing fails.
    static let targets = [
        "/api/v2/incidents.json", "/api/v2/scheduled-maintenances.json", "/api/v2/summary.json", "/history.atom",
        "/history.rss", "/history?page=1",
    ]

    /// The reply of `site` with `fault` in place of the first `times` replies to `target`.
    static func handler(
        _ site: StaticSite, fault target: String, times: Int = 1, _ fault: LoopbackServer.Reply
    ) -> LoopbackServer.Handler {
        { request, seen in request.target == target && seen < times ? fault : site.reply(request) }
    }
}
