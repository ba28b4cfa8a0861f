import Foundation
import IncidentModel

/// The public updates of an incident in time order, and the steps where the status went backwards.
public struct StatusProgression: Sendable {
    /// The timed updates, oldest first, numbered from 1.
    ///
    /// Ties keep the source order. Updates without an instant, and updates with status
    /// `postmortem` (they publish a document, not progress), are left out.
    public let timed: [(number: Int, update: StatusUpdate, instant: Date)]

    /// Orders the incident's updates.
    public init(_ updates: [StatusUpdate]) {
        let ordered = updates.enumerated()
            .compactMap { offset, update -> (Int, StatusUpdate, Date)? in
                guard update.status != .postmortem, let instant = update.instant else { return nil }
                return (offset, update, instant)
            }
            .sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }
        timed = ordered.enumerated().map { ($0.offset + 1, $0.element.1, $0.element.2) }
    }

    /// The first update whose status is `status`.
    public func first(_ status: Status) -> (number: Int, update: StatusUpdate, instant: Date)? {
        timed.first { $0.update.status == status }
    }

    /// A `status.backwards` note for each step back in the workflow.
    ///
    /// A step back is an update whose status comes earlier than the one before it (identified →
    /// investigating). Such a step never moves the first `identified`.
    public func backwardSteps() -> [Diagnostic] {
        zip(timed, timed.dropFirst()).compactMap { previous, next in
            guard next.update.status.progress < previous.update.status.progress else { return nil }
            let step = "\(previous.update.status.rawValue) → \(next.update.status.rawValue)"
            return Diagnostic(
                code: "status.backwards", severity: .note, place: next.update.written.place,
                message: "status went backwards (\(step)) at update \(next.number), "
                    + "\(next.instant.ISO8601Format()); the first identified is kept",
                readings: [
                    "update \(previous.number): \(previous.update.status.rawValue)",
                    "update \(next.number): \(next.update.status.rawValue)",
                ]
            )
        }
    }
}
