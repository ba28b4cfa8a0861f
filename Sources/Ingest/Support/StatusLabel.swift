import IncidentModel

/// `Status(label:)` for update labels, with the labels status pages print answered from a table
/// built by `Status(label:)` itself (so the answers are the same), without lower-casing and
/// splitting each label again.
enum StatusLabel {
    /// The labels Statuspage, its feeds and its maintenances print, as written.
    private static let common: [String: Status?] = {
        let labels = [
            "Investigating", "Identified", "Update", "Monitoring", "Resolved", "Postmortem", "Scheduled",
            "In progress", "Verifying", "Completed",
        ]
        return Dictionary(uniqueKeysWithValues: labels.map { ($0, Status(label: $0)) })
    }()

    /// The status a label names, or `nil` (as `Status(label:)`).
    static func status(_ label: String) -> Status? {
        if let known = common[label] { return known }
        return Status(label: label)
    }
}
