import Foundation
import IncidentModel

/// Reads a maintenance's scheduled window from the reconciled incident.
///
/// The source's own fields come first: the reconciled declared start (Statuspage's `scheduled_for`,
/// the home page's upcoming stamp, the feed's "THIS IS A SCHEDULED EVENT" line) and declared end
/// (`scheduled_until`, or the end of a declared start written as a range, which Chronology reads as
/// the declared end). Without them, a range written in the body of a `scheduled` update ("between
/// 06:00 and 08:00 UTC") gives the window. Nothing else is guessed: an unknown end stays unknown.
public struct MaintenanceWindowReader: Sendable, Hashable {
    /// Creates a reader.
    public init() {}

    /// The window, for a maintenance; `nil` for any other incident.
    public func window(for incident: Incident, progression: StatusProgression) -> MaintenanceWindow? {
        guard incident.isMaintenance || incident.impact == .maintenance else { return nil }
        let completed = Self.completed(progression)
        let declared = { (name: String) in
            incident.timeline.first { $0.source == .statusUpdate && $0.text == name }
        }
        let start = declared("declared start")
        let end = declared("declared end")
        if start != nil || end != nil {
            return MaintenanceWindow(
                start: start?.time.instant, end: end?.time.instant ?? start?.end?.instant, source: .declared,
                text: start?.time.written.text ?? end?.time.written.text, completed: completed)
        }
        let scheduledBodies = Set(
            incident.updates.enumerated().filter { $0.element.status == .scheduled }.map { index, update in
                update.written.place.with(element: (update.written.place.element ?? "update[\(index)]") + "/body")
            })
        let scheduledTexts = incident.updates.filter { $0.status == .scheduled }.map(\.body)
        let stated = incident.timeline.first { entry in
            entry.source == .updateBody && entry.end != nil
                && (scheduledBodies.contains(entry.time.written.place)
                    || scheduledTexts.contains { !entry.text.isEmpty && $0.contains(entry.text) })
        }
        if let stated, let end = stated.end {
            return MaintenanceWindow(
                start: stated.time.instant, end: end.instant, source: .scheduledUpdate, text: stated.text,
                completed: completed)
        }
        return MaintenanceWindow(start: nil, end: nil, source: .unknown, completed: completed)
    }

    /// The first update of the final run of closing updates, when there is one.
    static func completed(_ progression: StatusProgression) -> Date? {
        progression.finalClosingRun { _ in false }.first.map { progression.timed[$0].instant }
    }
}
