import Foundation
import IncidentModel

/// The `source.disagree` warnings of a merged incident: accounts whose first or last update differ
/// from the primary's by more than a minute (trap T17).
///
/// When the accounts differ on the last update because one of them stops early (a live snapshot
/// taken while the incident was open, a copy cut short), the message says which one stops where
/// and how far the other goes: "the live snapshot (statuspage-json, summary.json) stops at
/// 2026-08-17T20:45:28Z (investigating); the feed (statuspage-atom, history.atom) goes on to
/// resolved at 2026-08-17T21:15:00Z".
enum SourceDisagreement {
    static func notes(primary: MergeAccount, others: [MergeAccount]) -> [Diagnostic] {
        guard let first = primary.first, let last = primary.last else { return [] }
        var found: [Diagnostic] = []
        for other in others where !other.incident.updates.isEmpty {
            if let theirs = other.first, abs(theirs.timeIntervalSince(first)) > 60 {
                let readings = Self.readings(primary, first, other, theirs)
                found.append(
                    Diagnostic(
                        code: .sourceDisagree, severity: .warning, place: other.incident.place,
                        message: "the sources disagree on the first update: \(readings.joined(separator: " vs "))",
                        readings: readings))
            }
            if let theirs = other.last, abs(theirs.timeIntervalSince(last)) > 60 {
                let readings = Self.readings(primary, last, other, theirs)
                let (early, late) = theirs < last ? (other, primary) : (primary, other)
                var message = "the sources disagree on the last update: \(readings.joined(separator: " vs "))"
                if !early.isComplete, let stop = early.last, let end = late.last {
                    message =
                        "the sources disagree on the last update: \(early.noun) stops at \(InstantText.iso(stop))"
                        + " (\(early.lastStatus?.rawValue ?? "no status")); \(late.noun) goes on to "
                        + "\(late.lastStatus?.rawValue ?? "an update") at \(InstantText.iso(end))"
                }
                found.append(
                    Diagnostic(
                        code: .sourceDisagree, severity: .warning, place: other.incident.place, message: message,
                        readings: readings))
            }
        }
        return found
    }

    private static func readings(_ primary: MergeAccount, _ mine: Date, _ other: MergeAccount, _ theirs: Date)
        -> [String]
    {
        [
            "\(primary.incident.sourceFormat.rawValue): \(InstantText.iso(mine))",
            "\(other.incident.sourceFormat.rawValue): \(InstantText.iso(theirs))",
        ]
    }
}
