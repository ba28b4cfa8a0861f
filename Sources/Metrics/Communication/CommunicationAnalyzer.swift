import Foundation
import IncidentModel

/// Counts updates, finds the longest gap between them, and checks every promise of the next update.
///
/// A promise made by an update is **kept** when the next update comes within the promised
/// minutes plus ``graceMinutes`` (pages print minutes, not seconds), and **broken** otherwise. A
/// promise with no later update is left undecided: `nextUpdate` is `nil` and `broken` is false.
/// Terminal (`resolved`) updates make no promise. Relative promises are read from the update's
/// text by ``PromiseReader``; deadlines ("next update by 07:50 US/Pacific") come from the
/// reconciled timeline: an update-body line that mentions an update and "by" or "until".
public struct CommunicationAnalyzer: Sendable, Hashable {
    /// Slack allowed after the promised time, in minutes (1 by default).
    public var graceMinutes: Double
    /// The reader of relative promises.
    public var reader: PromiseReader

    /// Creates an analyzer.
    public init(graceMinutes: Double = 1, reader: PromiseReader = PromiseReader()) {
        self.graceMinutes = graceMinutes
        self.reader = reader
    }

    /// The communication summary of an incident.
    public func analyze(_ incident: Incident) -> CommunicationSummary {
        let progression = StatusProgression(incident.updates)
        let timed = progression.timed
        let gaps = zip(timed, timed.dropFirst()).map { $1.instant.timeIntervalSince($0.instant) / 60 }
        var promises: [Promise] = []
        for (index, item) in timed.enumerated() where !item.update.status.isTerminal {
            let next = index + 1 < timed.count ? timed[index + 1].instant : nil
            guard let (phrase, minutes) = promise(made: item.update, at: item.instant, in: incident) else { continue }
            let broken = next.map { $0.timeIntervalSince(item.instant) / 60 > minutes + graceMinutes } ?? false
            promises.append(
                Promise(
                    made: item.instant, withinMinutes: minutes, text: phrase, nextUpdate: next, broken: broken,
                    place: item.update.written.place))
        }
        return CommunicationSummary(
            updateCount: incident.updates.filter { $0.status != .postmortem }.count, maxGapMinutes: gaps.max(),
            promises: promises)
    }

    /// The update's promise: a relative one from its text, else a deadline from the timeline.
    func promise(made update: StatusUpdate, at made: Date, in incident: Incident) -> (String, Double)? {
        if let relative = reader.promise(in: update.body) { return relative }
        let deadline = incident.timeline.first { entry in
            let text = entry.text.trimmingWhitespace()
            return entry.source == .updateBody && !text.isEmpty && update.body.contains(text)
                && Self.deadlineWords.matches(text)
                && entry.time.instant > made
        }
        guard let deadline else { return nil }
        return (deadline.text, deadline.time.instant.timeIntervalSince(made) / 60)
    }

    /// A sentence that sets a deadline for the next update.
    static let deadlineWords = TextPattern(#"\bupdates?\b.*\b(?:by|until|before)\b"#)
}
