import Foundation
import IncidentModel

/// Checks the reconciled facts against each other: statuses that go backwards (T2), a window
/// reported to start after the update that reports it (T5), dates that disagree with the incident
/// (T6), and a postmortem timeline that contradicts the status updates.
enum CrossChecks {
    static func run(_ pass: ReconcilePass, incident: Incident) -> [Diagnostic] {
        statusesBackwards(incident) + windowsAfterPosting(pass, incident: incident)
            + datesDisagreeing(pass, incident: incident) + postmortemAgainstUpdates(pass, incident: incident)
    }

    static func statusesBackwards(_ incident: Incident) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        let updates = incident.updates.filter { $0.status != .postmortem }
        for (previous, update) in zip(updates, updates.dropFirst())
        where update.status.progress < previous.status.progress {
            notes.append(
                Diagnostic(
                    code: .statusBackwards, severity: .warning, place: update.written.place,
                    message:
                        "status goes back from \(previous.status.rawValue) (\(previous.written.text)) to "
                        + "\(update.status.rawValue) (\(update.written.text))",
                    readings: [
                        "\(previous.written.place): \(previous.label)", "\(update.written.place): \(update.label)",
                    ]))
        }
        return notes
    }

    static func windowsAfterPosting(_ pass: ReconcilePass, incident: Incident) -> [Diagnostic] {
        guard !incident.isMaintenance else { return [] }
        var notes: [Diagnostic] = []
        for body in pass.bodies where !body.future {
            guard let index = body.update, let posted = pass.updates[index]?.instant, let start = body.found.start,
                start.instant.timeIntervalSince(posted) >= 60
            else { continue }
            notes.append(
                Diagnostic(
                    code: .bodyAfterPosting, severity: .warning, place: start.written.place,
                    message:
                        "\"\(body.found.expression.text)\" reads as \(InstantText.iso(start.instant)), after the update "
                        + "that reports it was posted (\(incident.updates[index].written.text) = "
                        + "\(InstantText.iso(posted))): another zone, or a backdated update?",
                    readings: [
                        "body → \(InstantText.iso(start.instant)) (\(start.rule))",
                        "posted → \(InstantText.iso(posted))",
                    ]))
        }
        return notes
    }

    static func datesDisagreeing(_ pass: ReconcilePass, incident: Incident) -> [Diagnostic] {
        let instants = zip(incident.updates, pass.updates).filter { $0.0.status != .postmortem }.compactMap {
            $0.1?.instant
        }
        guard let first = instants.min(), let last = instants.max(), !incident.isMaintenance else { return [] }
        let firstDate = LocalDateTime(instant: first, offsetSeconds: 0).date
        let lastDate = LocalDateTime(instant: last, offsetSeconds: 0).date
        var notes: [Diagnostic] = []
        // Postmortem lines never promise a future time, so the filter only drops update bodies.
        for item in [pass.bodies, pass.lines].joined() where !item.future {
            guard let written = item.found.expression.start.date, let date = item.found.date else { continue }
            // A date before the incident is suspect anywhere. A later one is expected in a postmortem
            // (due dates of action items, the review, follow-up mail), so it is suspect only where
            // events of the incident are told (status update bodies, the timeline) or a year off.
            let early = date < firstDate.adding(days: -2)
            let tellsEvents =
                item.source != .postmortem
                || (item.section.map {
                    ASCIISearch.lowercasedContains($0, "timeline") ?? $0.lowercased().contains("timeline")
                } ?? false)
            let late = date > lastDate.adding(days: tellsEvents ? 2 : 366)
            guard early || late else { continue }
            var readings = ["text → \(date)", "status updates → \(firstDate) to \(lastDate)"]
            if written.month == firstDate.month, written.day == firstDate.day, date.year != firstDate.year {
                readings.append("same month and day as the incident, in \(firstDate.year): a wrong year?")
            }
            notes.append(
                Diagnostic(
                    code: .dateDisagreesWithIncident, severity: .warning,
                    place: item.found.start?.written.place ?? item.place,
                    message:
                        "\"\(item.found.expression.text)\" is more than two days from the incident's status updates",
                    readings: readings))
        }
        return notes
    }

    static func postmortemAgainstUpdates(_ pass: ReconcilePass, incident: Incident) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        if let posted = pass.posted?.instant {
            for line in pass.lines {
                guard let start = line.found.start, start.instant.timeIntervalSince(posted) >= 60 else { continue }
                notes.append(
                    Diagnostic(
                        code: .postmortemAfterPosting, severity: .warning, place: start.written.place,
                        message:
                            "postmortem line \"\(line.found.expression.text)\" reads as "
                            + "\(InstantText.iso(start.instant)), after the postmortem was posted "
                            + InstantText.iso(posted),
                        readings: ["line → \(InstantText.iso(start.instant))", "posted → \(InstantText.iso(posted))"]))
            }
        }
        let resolvedUpdate = zip(incident.updates, pass.updates).filter { $0.0.status.isTerminal }.compactMap {
            $0.1?.instant
        }.max()
        if let publicResolved = resolvedUpdate {
            for line in pass.lines
            where ASCIISearch.lowercasedContains(line.text, "resolved") ?? line.text.lowercased().contains("resolved") {
                guard let start = line.found.start, start.instant.timeIntervalSince(publicResolved) > 3600 else {
                    continue
                }
                notes.append(
                    Diagnostic(
                        code: .postmortemContradictsUpdates, severity: .warning, place: start.written.place,
                        message:
                            "the postmortem puts a resolution at \(InstantText.iso(start.instant)), more than an hour "
                            + "after the status page said resolved (\(InstantText.iso(publicResolved)))",
                        readings: [
                            "postmortem → \(InstantText.iso(start.instant))",
                            "resolved update → \(InstantText.iso(publicResolved))",
                        ]))
            }
        }
        return notes
    }
}
