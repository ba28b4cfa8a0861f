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
        let isMaintenance =
            maintenanceHint || entries.contains { Status(label: $0.label)?.isMaintenance == true }
        var tracker = StatusTracker(maintenance: isMaintenance)
        var updates: [StatusUpdate] = []
        var postmortem: Postmortem?
        for entry in entries.reversed() {
            if Status(label: entry.label) == .postmortem {
                let blocks =
                    entry.blocks
                    ?? entry.body.split(separator: "\n").map {
                        PostmortemOutline.block(line: String($0), place: entry.written.place)
                    }
                postmortem = PostmortemOutline.postmortem(
                    text: entry.body, place: entry.written.place, posted: entry.written, blocks: blocks)
                continue
            }
            let status = tracker.status(forLabel: entry.label)
            updates.append(
                StatusUpdate(
                    status: status, label: entry.label, body: entry.body, written: entry.written,
                    components: entry.components))
        }
        return (updates, postmortem, isMaintenance)
    }
}
