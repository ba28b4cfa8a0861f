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
        analyze(incident, progression: StatusProgression(incident.updates))
    }

    /// The summary, given the incident's updates already ordered.
    func analyze(_ incident: Incident, progression: StatusProgression) -> CommunicationSummary {
        let timed = progression.timed
        let gaps = zip(timed, timed.dropFirst()).map { $1.instant.timeIntervalSince($0.instant) / 60 }
        var promises: [Promise] = []
        let deadlines = deadlineLines(incident)
        for (index, item) in timed.enumerated() where !item.update.status.isTerminal {
            let next = index + 1 < timed.count ? timed[index + 1].instant : nil
            guard let (phrase, minutes) = promise(made: item.update, at: item.instant, deadlines: deadlines) else {
                continue
            }
            let broken = next.map { $0.timeIntervalSince(item.instant) / 60 > minutes + graceMinutes } ?? false
            promises.append(
                Promise(
                    made: item.instant, withinMinutes: minutes, text: phrase, nextUpdate: next, broken: broken,
                    place: item.update.written.place))
        }
        return CommunicationSummary(
            updateCount: incident.updates.reduce(0) { $1.status != .postmortem ? $0 + 1 : $0 },
            maxGapMinutes: gaps.max(),
            promises: promises)
    }

    /// The update's promise: a relative one from its text, else a deadline from the timeline.
    func promise(made update: StatusUpdate, at made: Date, in incident: Incident) -> (String, Double)? {
        promise(made: update, at: made, deadlines: deadlineLines(incident))
    }

    /// The update's promise, given the incident's ``deadlineLines(_:)``.
    func promise(made update: StatusUpdate, at made: Date, deadlines: [(entry: TimelineEntry, text: String)])
        -> (String, Double)?
    {
        if let relative = reader.promise(in: update.body) { return relative }
        let deadline = deadlines.first { $0.entry.time.instant > made && update.body.contains($0.text) }
        guard let deadline else { return nil }
        return (deadline.entry.text, deadline.entry.time.instant.timeIntervalSince(made) / 60)
    }

    /// The timeline's update-body lines that set a deadline, in timeline order, trimmed.
    ///
    /// Found once per incident: looking through the whole timeline for every update made an
    /// incident with 5,000 updates take 30 s and one with 100,000 hang.
    func deadlineLines(_ incident: Incident) -> [(entry: TimelineEntry, text: String)] {
        incident.timeline.compactMap { entry in
            // The trimmed text is a part of the text: what the prefilter rules out there, it rules
            // out in the trimmed text, so most lines are never trimmed.
            guard entry.source == .updateBody, Self.deadlineWords.mayMatch(entry.text) else { return nil }
            let text = entry.text.trimmingWhitespace()
            return !text.isEmpty && Self.deadlineWords.matches(text) ? (entry, text) : nil
        }
    }

    /// A sentence that sets a deadline for the next update.
    static let deadlineWords = TextPattern(
        #"\bupdates?\b.*\b(?:by|until|before)\b"#, keywords: [["update"], ["by", "until", "before"]])
}
