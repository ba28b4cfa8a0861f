import Foundation
import IncidentModel

/// The public updates of an incident in time order, and the steps where the status went backwards.
public struct StatusProgression: Sendable {
    /// The timed updates, oldest first, numbered from 1.
    ///
    /// Ties keep the source order. Updates without an instant, and updates with status
    /// `postmortem` (they publish a document, not progress), are left out.
    public let timed: [(number: Int, update: StatusUpdate, instant: Date)]
    /// The position of each of `timed` in the incident's `updates`.
    public let offsets: [Int]

    /// Orders the incident's updates.
    public init(_ updates: [StatusUpdate]) {
        // Positions and instants are sorted first, so each update is copied once.
        let ordered = updates.indices
            .compactMap { offset -> (Int, Date)? in
                guard updates[offset].status != .postmortem, let instant = updates[offset].instant else { return nil }
                return (offset, instant)
            }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        var timed: [(number: Int, update: StatusUpdate, instant: Date)] = []
        timed.reserveCapacity(ordered.count)
        for (number, (offset, instant)) in ordered.enumerated() { timed.append((number + 1, updates[offset], instant)) }
        self.timed = timed
        offsets = ordered.map(\.0)
    }

    /// The positions in `timed` of the last run of consecutive closing updates, oldest first; empty
    /// when no update closes the incident.
    ///
    /// An update closes the incident when its status is `resolved` or `completed`, or, when the
    /// source gives it no status label of its own (AWS posts carry none; the reader marks only the
    /// last one resolved), when `saysResolved` reads its body as resolved. The first of the run is
    /// the public resolution; the later ones are follow-ups (a details post, a postmortem note).
    public func finalClosingRun(saysResolved: (String) -> Bool) -> [Int] {
        func closes(_ index: Int) -> Bool {
            let update = timed[index].update
            if update.status.isTerminal { return true }
            return update.label.trimmingWhitespace().isEmpty && saysResolved(update.body)
        }
        guard var first = timed.indices.last(where: closes) else { return [] }
        let last = first
        while first > 0, closes(first - 1) { first -= 1 }
        return Array(first...last)
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
                code: .statusBackwards, severity: .note, place: next.update.written.place,
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
