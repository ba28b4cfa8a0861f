/// How a report is laid out: the breakdown's grouping and which incidents get a detail section.
public struct ReportOptions: Sendable, Hashable, Codable {
    /// Which incidents get a detail section.
    public enum Details: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every incident.
        case all
        /// Incidents that matter: a postmortem, critical or major impact, or a warning or error.
        case notable
        /// None: tables only.
        case none
    }

    /// What the breakdown tables group by: `vendor`, `component`, `impact`, or a front-matter key
    /// (`team`, `service`, `severity`).
    public var groupBy: String
    /// Which incidents get a detail section.
    public var details: Details

    /// Creates options; the defaults group by vendor and detail the notable incidents.
    public init(groupBy: String = "vendor", details: Details = .notable) {
        self.groupBy = groupBy
        self.details = details
    }
}
