/// The shape an incident was read from, sniffed from the content.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case statuspageIncidentPage = "statuspage-incident-html"
    case statuspageHomePage = "statuspage-home-html"
    case statuspageHistoryPage = "statuspage-history-html"
    case statuspageRSS = "statuspage-rss"
    case statuspageAtom = "statuspage-atom"
    case statuspageJSON = "statuspage-json"
    case aggregatorText = "aggregator-text"
    case googleCloudJSON = "google-cloud-json"
    case googleCloudAtom = "google-cloud-atom"
    case awsHealthJSON = "aws-health-json"
    case incidentioJSON = "incidentio-json"
    case genericRSS = "rss"
    case genericAtom = "atom"
    case markdownPostmortem = "postmortem-markdown"
    case htmlPostmortem = "postmortem-html"
}
