import Foundation
import IncidentModel
import Ingest

/// Finds what a status page publishes from its base URL, in order: the Statuspage API v2 (also
/// incident.io's compatible one; the summary is asked for even when the list is not there),
/// `history.atom` and `history.rss`, the `/history` pages (page by page
/// back to the status page's creation) and the detail of each incident only they list
/// (`/api/v2/incidents/ID.json` when the API is open, else the `/incidents/ID` page); Google Cloud's
/// `incidents.json` when none of those exist.
struct SiteDiscovery {
    /// The most `/history` pages read for one site.
    var maxHistoryPages = 2000
    /// Consecutive pages that failed or listed nothing (when a page does not say how far back the
    /// site goes) after which paging stops.
    var emptyPagesToStop = 8

    /// The formats of the Statuspage API (and incident.io's compatible one).
    static let api: Set<SourceFormat> = [.statuspageJSON, .incidentioJSON]
    /// The formats of a status page's feeds.
    static let feeds: Set<SourceFormat> = [.statuspageAtom, .statuspageRSS, .genericAtom, .genericRSS]

    /// Pulls `target` through `session`.
    func pull(_ target: PullTarget, _ session: PullSession) throws {
        if target.isDocument {
            _ = try session.fetch(target.url.absoluteString, required: true, expected: "a status-page document")
            return
        }
        let base = target.base
        var found = false
        var known = Set<String>()
        func note(_ fetched: PullSession.Fetched) {
            guard case .read(let read) = fetched else { return }
            found = true
            for incident in read.incidents { known.insert(incident.id) }
        }
        let api = try session.fetch(
            base + "/api/v2/incidents.json", required: false, expected: "the Statuspage API's incident list",
            accepts: Self.api)
        note(api)
        var apiOpen = false
        if case .read(let read) = api, [.statuspageJSON, .incidentioJSON].contains(read.format) { apiOpen = true }
        // incident.io's Statuspage-compatible pages may publish the summary without the list.
        for path in (apiOpen ? ["/api/v2/scheduled-maintenances.json"] : []) + ["/api/v2/summary.json"] {
            note(
                try session.fetch(
                    base + path, required: false, expected: "a Statuspage API document", accepts: Self.api))
        }
        for path in ["/history.atom", "/history.rss"] {
            note(
                try session.fetch(base + path, required: false, expected: "a status page's feed", accepts: Self.feeds))
        }
        let (listed, hasHistory) = try historyCodes(base, session)
        if hasHistory { found = true }
        for code in listed where !known.contains(code) {
            known.insert(code)
            let escaped = code.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? code
            if apiOpen {
                let detail = try session.fetch(
                    base + "/api/v2/incidents/\(escaped).json", required: false,
                    expected: "the Statuspage API's incident", accepts: Self.api)
                if case .absent = detail {} else { continue }
            }
            _ = try session.fetch(
                base + "/incidents/\(escaped)", required: true, expected: "a Statuspage incident page",
                accepts: [.statuspageIncidentPage])
        }
        if !found {
            note(
                try session.fetch(
                    base + "/incidents.json", required: false, expected: "Google Cloud's incident list",
                    accepts: [.googleCloudJSON]))
        }
        if !found, !session.summary.failures.contains(where: { $0.file.hasPrefix(base + "/") }) {
            _ = session.fail(
                base,
                "nothing found: no Statuspage API, no history.atom or history.rss, no /history pages and no "
                    + "incidents.json (all 404)",
                expected: "a status page's base URL or a document's URL")
        }
    }

    /// The incident codes the `/history?page=N` pages list, newest page first, each once, and whether
    /// the site has such pages.
    private func historyCodes(_ base: String, _ session: PullSession) throws -> ([String], Bool) {
        var codes: [String] = []
        var hasHistory = false
        var seen = Set<String>()
        var fruitless = 0
        for page in 1...maxHistoryPages {
            let fetched = try session.fetch(
                base + "/history?page=\(page)", required: false, expected: "a Statuspage history page",
                accepts: [.statuspageHistoryPage])
            switch fetched {
            case .absent: return (codes, hasHistory)
            case .failed:
                if page == 1 { return (codes, hasHistory) }
                fruitless += 1
            case .read(let read):
                hasHistory = true
                for incident in read.incidents where seen.insert(incident.id).inserted { codes.append(incident.id) }
                let window = (try session.archive.lastBody(for: base + "/history?page=\(page)"))
                    .flatMap(StatuspageHistoryWindow.init)
                if let window, window.start != nil, window.pageCreated != nil {
                    if !window.olderPagesMayHoldIncidents { return (codes, hasHistory) }
                    fruitless = 0
                } else {
                    fruitless = read.incidents.isEmpty ? fruitless + 1 : 0
                }
            }
            if fruitless >= emptyPagesToStop { return (codes, hasHistory) }
        }
        return (codes, hasHistory)
    }
}
