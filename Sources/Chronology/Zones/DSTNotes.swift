import Foundation
import IncidentModel

/// Diagnostics for wall times that a DST change skips or repeats.
enum DSTNotes {
    static func note(
        _ transition: RegionalClock.Transition, local: LocalDateTime, identifier: String, place: SourcePlace
    ) -> Diagnostic {
        switch transition {
        case .gap(let before, let after):
            return Diagnostic(
                code: .zoneDSTGap, severity: .note, place: place,
                message:
                    "\(local) does not exist in \(identifier) (clocks moved from \(InstantText.offset(before)) "
                    + "to \(InstantText.offset(after))); read with the offset before the change",
                readings: [
                    "offset before \(InstantText.offset(before)) → "
                        + InstantText.iso(local.instant(offsetSeconds: before)),
                    "offset after \(InstantText.offset(after)) → "
                        + InstantText.iso(local.instant(offsetSeconds: after)),
                ])
        case .overlap(let other):
            return Diagnostic(
                code: .zoneDSTOverlap, severity: .note, place: place,
                message: "\(local) happens twice in \(identifier); read as the first occurrence (daylight time)",
                readings: ["second occurrence → \(InstantText.iso(other))"])
        }
    }
}
