import IncidentModel

/// Turns update labels into statuses, carrying the previous status forward for `Update` (trap T1).
struct StatusTracker {
    /// The status the previous (older) update had.
    private(set) var current: Status?
    /// The status assumed for a first update whose label is not a status.
    let initial: Status

    /// Creates a tracker; `maintenance` makes an unlabelled first update `scheduled`.
    init(maintenance: Bool = false) {
        initial = maintenance ? .scheduled : .investigating
    }

    /// The status for the next (newer) update with this label.
    mutating func status(forLabel label: String) -> Status {
        status(forLabelStatus: StatusLabel.status(label))
    }

    /// The status for the next (newer) update whose label reads as `labelStatus` (`nil` when the
    /// label names no status), for callers that already read the label.
    mutating func status(forLabelStatus labelStatus: Status?) -> Status {
        let status = labelStatus ?? current ?? initial
        current = status
        return status
    }
}
