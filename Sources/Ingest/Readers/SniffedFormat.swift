import Foundation

/// What the content of an input looks like, decided from its bytes (never its name).
enum SniffedFormat {
    /// A Statuspage incident detail page (`/incidents/<code>`).
    case statuspageIncidentPage
    /// A Statuspage home page with day groups.
    case statuspageHomePage
    /// A Statuspage `/history` page with `data-react-props`.
    case statuspageHistoryPage
    /// A browser's MHTML archive; the HTML part is read.
    case mhtml
    /// An RSS feed.
    case rss
    /// An Atom feed.
    case atom
    /// JSON (Statuspage API, incident.io, Google Cloud, AWS), told apart after parsing.
    case json
    /// Aggregator text (`- investigating Jan 10, 2025, 04:37 PM UTC`).
    case aggregatorText
    /// The text of a Statuspage incident page (`Incident Report for …`, `Posted …`).
    case statuspagePageText
    /// A team's postmortem written in Markdown (front matter or headings).
    case postmortemMarkdown
    /// A team's postmortem written as an HTML document with headings.
    case postmortemHTML
}
