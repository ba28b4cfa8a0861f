import Foundation

/// `history.atom` and `history.rss` as Statuspage writes them: one entry per incident with its
/// updates, newest first, as HTML paragraphs (`<small>` time, `<strong>` label, body).
struct SiteFeeds {
    var records: [GitHubStatusSite.Record]
    var origin: String

    /// The Atom feed.
    func atom() -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
              <id>tag:www.githubstatus.com,2005:/history</id>
              <link rel="alternate" type="text/html" href="\(origin)"/>
              <title>GitHub Status - Incident History</title>
              <updated>\(iso(records.first?.created))</updated>
              <author><name>GitHub</name></author>

            """
        for record in records {
            text += """
                  <entry>
                    <id>tag:www.githubstatus.com,2005:Incident/\(record.code)</id>
                    <published>\(iso(record.created))</published>
                    <updated>\(iso(record.created))</updated>
                    <link rel="alternate" type="text/html" href="\(origin)/incidents/\(record.code)"/>
                    <title>\(escape(record.incident["name"] as? String ?? ""))</title>
                    <content type="html">\(escape(content(record)))</content>
                  </entry>

                """
        }
        return text + "</feed>\n"
    }

    /// The RSS feed.
    func rss() -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>GitHub Status - Incident History</title>
                <link>\(origin)</link>
                <description>Statuspage</description>

            """
        for record in records {
            text += """
                    <item>
                      <title>\(escape(record.incident["name"] as? String ?? ""))</title>
                      <description>\(escape(content(record)))</description>
                      <pubDate>\(rfc822(record.created))</pubDate>
                      <link>\(origin)/incidents/\(record.code)</link>
                      <guid>\(origin)/incidents/\(record.code)</guid>
                    </item>

                """
        }
        return text + "  </channel>\n</rss>\n"
    }

    private func content(_ record: GitHubStatusSite.Record) -> String {
        let updates = record.incident["incident_updates"] as? [[String: Any]] ?? []
        return updates.map { update in
            let at = (update["display_at"] as? String).flatMap(GitHubStatusSite.instant) ?? record.created
            let status = (update["status"] as? String ?? "update")
            let label =
                ["investigating", "identified", "monitoring", "resolved"].contains(status)
                ? status.prefix(1).uppercased() + status.dropFirst() : "Update"
            return "<p><small>\(HistoryPages.stamp(at)) UTC</small><br><strong>\(label)</strong> - "
                + "\(update["body"] as? String ?? "")</p>"
        }.joined()
    }

    private func iso(_ date: Date?) -> String {
        (date ?? Date(timeIntervalSince1970: 0)).formatted(.iso8601)
    }

    private func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
