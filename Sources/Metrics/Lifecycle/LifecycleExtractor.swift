import Foundation
import IncidentModel

/// Finds an incident's lifecycle events from its markers, timeline and status updates.
///
/// Precedence, for each event: a front-matter marker (`impact_start`, `detected`, `identified`,
/// `mitigated`, `resolved`), then a tagged timeline line (see ``LifecycleClassifier``), then the
/// wording of the timeline (postmortem lines, and times written in update bodies), then the
/// status updates or the source's own fields. Every event records its source and rule.
///
/// - impact start: the EARLIEST credible candidate among the first postmortem line describing
///   impact (a line that reads as resolved is never one), the first update-body line describing
///   impact written before the first update that reports the incident open, the start of a window
///   the text states (see ``StatedWindowReader``), and the source's declared start (unless it is
///   after the first update); else the first public update. When the postmortem has a section
///   headed "Timeline", only its lines are read for wording. The rule names the candidates.
/// - detected: the earliest credible line worded as detection. No fallback: unknown stays unknown.
/// - identified: the earliest credible line worded as identification, else the first
///   `identified` update (a later step back to `investigating` does not move it).
/// - mitigated: the earliest credible mitigation line other than the impact-start line, at the end
///   of its range when it has one (the action is complete then); else the first `monitoring` update.
/// - resolved: the earliest postmortem line worded as resolved (its range end when it has one;
///   the latest resolved time when its sentence holds several), else the latest end of a window
///   the postmortem states, else the latest end of a window an update body states, else such an
///   update-body line, else the end of the impact-start line's range, else the source's declared
///   end, else the public resolution (the rule says which). A partial restoration ("the majority
///   recovered", "began to return to normal") is a mitigation, never the resolution.
/// - first update: the first update. Public resolved: the first update of the final run of
///   `resolved` updates; the later ones in that run are follow-ups (a details post, a "we apologize"
///   note) and the rule says how many there were.
///
/// Credible (see ``BoundaryCheck``): a line whose date Chronology warns is off
/// (`date.disagrees-with-incident`) is never a boundary; nor is a time more than a day before the
/// incident's start, a body time more than an hour after the update that tells it, or an end
/// before the impact start. Such a candidate is passed over in favour of the next one, and the
/// rule of the event chosen says what was passed over and why.
public struct LifecycleExtractor: Sendable, Hashable {
    /// The wording rules.
    public var classifier: LifecycleClassifier

    /// Creates an extractor.
    public init(classifier: LifecycleClassifier = LifecycleClassifier()) {
        self.classifier = classifier
    }

    /// The events found, by kind, and the notes made on the way.
    public func events(for incident: Incident) -> (
        events: [LifecycleEvent.Kind: LifecycleEvent], diagnostics: [Diagnostic]
    ) {
        events(for: incident, progression: StatusProgression(incident.updates))
    }

    /// The events, given the incident's updates already ordered (``IncidentMeasurer`` orders them
    /// once for the lifecycle and the communication analysis).
    func events(for incident: Incident, progression: StatusProgression) -> (
        events: [LifecycleEvent.Kind: LifecycleEvent], diagnostics: [Diagnostic]
    ) {
        let reading = LifecycleReading(incident: incident, classifier: classifier, progression: progression)
        var events: [LifecycleEvent.Kind: LifecycleEvent] = [:]
        events[.firstUpdate] = reading.firstUpdateEvent()
        events[.publicResolved] = reading.publicResolvedEvent()
        let (start, impactLine, _) = reading.impactStart()
        events[.impactStart] = start
        events[.detected] = reading.detected()
        events[.identified] = reading.identified()
        events[.mitigated] = reading.mitigated(impactStart: start?.instant, impactLine: impactLine)
        events[.resolved] = reading.resolved(impactStart: start?.instant, impactLine: impactLine)
        var notes = reading.progression.backwardSteps()
        for kind in LifecycleEvent.Kind.allCases {
            guard let event = events[kind], !event.passedOver.isEmpty else { continue }
            notes.append(
                Diagnostic(
                    code: .lifecyclePassedOver, severity: .note, place: event.place ?? incident.place,
                    message: "\(kind.rawValue): candidates were passed over; chosen \(event.instant.ISO8601Format()) "
                        + "by \(event.rule)"))
        }
        return (events, notes)
    }
}
