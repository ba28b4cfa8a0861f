import IncidentModel

/// Turns labelled updates (newest first, as pages and feeds print them) into an incident's
/// updates oldest first, with `Update` labels carrying the previous status and a `Postmortem`
/// entry lifted out into the incident's postmortem.
struct TimelineAssembler {
    /// One update as read, before statuses are assigned.
    struct Entry {
        /// The label as shown.
        var label: String
        /// The body as plain text.
        var body: String
        /// The posting time as written.
        var written: WrittenTime
        /// Components the update names.
        var components: [String] = []
        /// Postmortem blocks, when the entry is the postmortem and its body had structure.
        var blocks: [OutlineBlock]?
    }

    /// Whether labels, a banner or the page already mark a maintenance.
    var maintenanceHint: Bool

    /// The updates (oldest first), the postmortem, and whether it is a maintenance.
    func assemble(newestFirst entries: [Entry]) -> (
        updates: [StatusUpdate], postmortem: Postmortem?, isMaintenance: Bool
    ) {
        let labelStatuses = entries.map { StatusLabel.status($0.label) }
        let isMaintenance = maintenanceHint || labelStatuses.contains { $0?.isMaintenance == true }
        var tracker = StatusTracker(maintenance: isMaintenance)
        var updates: [StatusUpdate] = []
        updates.reserveCapacity(entries.count)
        var postmortem: Postmortem?
        for index in entries.indices.reversed() {
            let entry = entries[index]
            let labelStatus = labelStatuses[index]
            if labelStatus == .postmortem {
                let blocks =
                    entry.blocks
                    ?? Self.lines(entry.body).map {
                        PostmortemOutline.block(line: String($0), place: entry.written.place)
                    }
                postmortem = PostmortemOutline.postmortem(
                    text: entry.body, place: entry.written.place, posted: entry.written, blocks: blocks)
                continue
            }
            let status = tracker.status(forLabelStatus: labelStatus)
            updates.append(
                StatusUpdate(
                    status: status, label: entry.label, body: entry.body, written: entry.written,
                    components: entry.components))
        }
        return (updates, postmortem, isMaintenance)
    }

    /// `text.split(separator: "\n")`: without a carriage return (which makes `\r\n` one character)
    /// a line feed is always a character of its own, so the bytes are split instead of characters.
    static func lines(_ text: String) -> [Substring] {
        if text.utf8.contains(0x0D) { return text.split(separator: "\n") }
        return text.utf8.split(separator: 0x0A).map { Substring($0) }
    }
}
