import Foundation

/// The span a Statuspage `/history?page=N` page covers, and when the status page began, read from
/// its `HistoryIndex` props: what a pull needs to know whether an older page can hold incidents.
public struct StatuspageHistoryWindow: Sendable, Equatable {
    /// `start_time`: the first instant of the page's oldest month.
    public var start: Date?
    /// `page_status.page.created_at`: when the status page was created.
    public var pageCreated: Date?
    /// Incidents listed on the page.
    public var incidents: Int

    /// The window of a history page's bytes, or `nil` when they are not one.
    public init?(_ data: Data) {
        guard let document = MarkupDocument.html(data),
            let holder = document.first("//*[@data-react-class='HistoryIndex'][@data-react-props]"),
            let props = holder.attribute("data-react-props"),
            let json = try? JSONSerialization.jsonObject(with: Data(props.utf8)) as? [String: Any]
        else { return nil }
        let page = (json["page_status"] as? [String: Any])?["page"] as? [String: Any]
        start = (json["start_time"] as? String).flatMap(Self.instant)
        pageCreated = (page?["created_at"] as? String).flatMap(Self.instant)
        incidents = (json["months"] as? [[String: Any]] ?? []).reduce(0) { total, month in
            total + ((month["incidents"] as? [Any])?.count ?? 0)
        }
    }

    /// Whether a page older than this one may list incidents: its window starts after the status
    /// page was created (unknown either way counts as yes).
    public var olderPagesMayHoldIncidents: Bool {
        guard let start, let pageCreated else { return true }
        return start > pageCreated
    }

    private static func instant(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try? fractional.parse(text)
    }
}
