import Foundation
import IncidentModel

/// Measures one incident: lifecycle events, clocks, communication, and stated durations.
///
/// Clocks are minutes between two events (see ``Clock``). A clock has no value when an end is
/// unknown, when its two ends are the same status update (it would measure nothing, as when the
/// impact start falls back to the first update), or when the incident has fewer than two public
/// updates and both ends come from the public record (updates or declared fields): a single
/// update carries no duration (trap T8). A clock that comes out negative is dropped too, since its
/// ends contradict each other. Each case leaves a note. Clocks are counted in whole seconds (the
/// difference of the two instants rounded to the second), so sub-second noise between two stamps
/// of the same moment is zero, not a fraction of a minute.
public struct IncidentMeasurer: Sendable, Hashable {
    /// Finds the lifecycle events.
    public var extractor: LifecycleExtractor
    /// Counts updates and checks promises.
    public var communication: CommunicationAnalyzer
    /// Finds durations stated in text.
    public var durationReader: DurationPhraseReader
    /// How far a stated duration may be from the computed one.
    public var tolerance: DurationTolerance

    /// Creates a measurer.
    public init(
        extractor: LifecycleExtractor = LifecycleExtractor(),
        communication: CommunicationAnalyzer = CommunicationAnalyzer(),
        durationReader: DurationPhraseReader = DurationPhraseReader(),
        tolerance: DurationTolerance = DurationTolerance()
    ) {
        self.extractor = extractor
        self.communication = communication
        self.durationReader = durationReader
        self.tolerance = tolerance
    }

    /// Everything measured about one incident.
    public func measure(_ incident: Incident) -> IncidentMetrics {
        let progression = StatusProgression(incident.updates)
        let (events, lifecycleNotes) = extractor.events(for: incident, progression: progression)
        let talk = communication.analyze(incident, progression: progression)
        var diagnostics = lifecycleNotes
        let timedUpdates = progression.timed.count
        let stamps = Set(progression.timed.map { $0.instant.timeIntervalSince1970.rounded() })
        var clocks: [Clock: Double] = [:]
        for clock in Clock.allCases {
            let (value, note) = Self.clock(
                clock, events: events, timedUpdates: timedUpdates, stamps: stamps, place: incident.place)
            if let value { clocks[clock] = value }
            if let note { diagnostics.append(note) }
        }
        let stated = statedDurations(in: incident, clocks: clocks)
        for item in stated where item.disagrees {
            let clock = item.clock?.rawValue ?? "clock"
            let computed = item.computedMinutes ?? 0
            diagnostics.append(
                Diagnostic(
                    code: .durationStatedMismatch, severity: .warning, place: item.place,
                    message: "the text states \"\(item.text)\" (\(Self.minutes(item.statedMinutes))) but \(clock) is "
                        + "\(Self.minutes(computed)); tolerance \(Self.minutes(tolerance.allowance(forComputed: computed)))",
                    readings: ["stated \(item.statedMinutes) min", "\(clock) \(computed) min"]))
        }
        for promise in talk.promises where promise.broken {
            let late = (promise.nextUpdate?.timeIntervalSince(promise.made) ?? 0) / 60
            diagnostics.append(
                Diagnostic(
                    code: .updatePromiseBroken, severity: .note, place: promise.place,
                    message: "promised the next update \"\(promise.text)\" (\(Self.minutes(promise.withinMinutes))); "
                        + "it came \(Self.minutes(late)) later"))
        }
        return IncidentMetrics(
            incidentID: incident.id, events: events, clocks: clocks, updateCount: talk.updateCount,
            maxUpdateGapMinutes: talk.maxGapMinutes, promises: talk.promises, statedDurations: stated,
            diagnostics: diagnostics,
            maintenanceWindow: MaintenanceWindowReader().window(for: incident, progression: progression))
    }

    /// Measures many incidents, in order.
    public func measure(_ incidents: [Incident]) -> [IncidentMetrics] { incidents.map { measure($0) } }

    /// One clock's value, or the note saying why there is none.
    static func clock(
        _ clock: Clock, events: [LifecycleEvent.Kind: LifecycleEvent], timedUpdates: Int, stamps: Set<Double> = [],
        place: SourcePlace
    ) -> (Double?, Diagnostic?) {
        let (fromKind, toKind) = clock.span
        func note(_ code: DiagnosticCode, _ message: String, _ readings: [String] = []) -> Diagnostic {
            Diagnostic(
                code: code, severity: .note, place: place, message: "\(clock.rawValue): \(message)", readings: readings)
        }
        guard let from = events[fromKind], let to = events[toKind] else {
            let missing = [fromKind, toKind].filter { events[$0] == nil }.map(\.rawValue).joined(separator: " and ")
            return (nil, note(.clockUnknown, "not measured, \(missing) unknown"))
        }
        let readings = [
            "\(fromKind.rawValue): \(from.source), \(from.rule)", "\(toKind.rawValue): \(to.source), \(to.rule)",
        ]
        if from.source.isStatusUpdate && from.source == to.source && from.instant == to.instant {
            return (nil, note(.clockDegenerate, "not measured, both ends are the same status update", readings))
        }
        let publicRecord = { (event: LifecycleEvent) in event.source.isStatusUpdate || event.source.isDeclared }
        // A source's own start and end fields (Google `begin`/`end`, a history page's range) state
        // a window; a single update's time alone does not.
        let declaredWindow = from.source.isDeclared && to.source.isDeclared
        if timedUpdates < 2 && publicRecord(from) && publicRecord(to) && !declaredWindow {
            return (
                nil, note(.clockSingleUpdate, "not measured, a single public update carries no duration", readings)
            )
        }
        // Both ends at the moment an update was posted, one of them that update's stamp or a start
        // field left at it (a page's default): nothing was measured, and 0 would read as an
        // instant response. Two readings of one postmortem line ("hard down, engineers respond to
        // alarms"), or a vendor's own begin field and a detection written at it, do measure 0.
        let stamped = { (event: LifecycleEvent) in
            event.source.isStatusUpdate
                || (event.source.isDeclared && stamps.contains(event.instant.timeIntervalSince1970.rounded()))
        }
        if to.instant.timeIntervalSince(from.instant).rounded() == 0 && (stamped(from) || stamped(to)) {
            let what = "the moment an update was posted (\(from.source); \(to.source))"
            return (nil, note(.clockDegenerate, "not measured, both ends are \(what)", readings))
        }
        // Whole seconds: a start field stamped milliseconds before the first update is the same moment.
        let minutes = to.instant.timeIntervalSince(from.instant).rounded() / 60
        guard minutes >= 0 else {
            return (
                nil, note(.clockNegative, "not measured, \(toKind.rawValue) is before \(fromKind.rawValue)", readings)
            )
        }
        return (minutes, nil)
    }

    /// Durations stated in the postmortem, the update bodies and the title, compared with `ttr`
    /// when there is a postmortem and with `public_duration` otherwise.
    ///
    /// In a postmortem with sections, only the preamble and the sections about the incident as a
    /// whole are read (headings with summary, impact, overview, what happened, description or
    /// incident), so a detection threshold "for 5 minutes" is not taken for the incident's length;
    /// without such headings, every line is read. Update bodies and the title are read strictly
    /// (see ``DurationPhraseReader/durations(in:strict:)``).
    func statedDurations(in incident: Incident, clocks: [Clock: Double]) -> [StatedDuration] {
        var texts: [(text: String, place: SourcePlace, strict: Bool)] = [(incident.title, incident.place, true)]
        if let postmortem = incident.postmortem {
            let about = postmortem.sections.filter { Self.wholeIncidentHeading.matches($0.heading) }
            let sections = about.isEmpty ? postmortem.sections : about
            let lines =
                postmortem.preamble
                + sections.flatMap { section in
                    [DocumentLine(text: section.heading, place: section.place, kind: .heading)] + section.lines
                }
            texts +=
                lines.isEmpty ? [(postmortem.text, postmortem.place, false)] : lines.map { ($0.text, $0.place, false) }
        }
        texts += incident.updates.map { ($0.body, $0.written.place, true) }
        let clock: Clock = incident.postmortem != nil ? .ttr : .publicDuration
        let computed = clocks[clock]
        var seen = Set<String>()
        var result: [StatedDuration] = []
        for (text, place, strict) in texts {
            for (phrase, minutes) in durationReader.durations(in: text, strict: strict)
            where seen.insert("\(place)|\(phrase)").inserted {
                result.append(
                    StatedDuration(
                        text: phrase, statedMinutes: minutes, clock: clock, computedMinutes: computed,
                        disagrees: computed.map { tolerance.disagrees(stated: minutes, computed: $0) } ?? false,
                        place: place))
            }
        }
        return result
    }

    /// Headings of sections about the incident as a whole.
    static let wholeIncidentHeading = TextPattern(
        #"summary|impact|overview|what happened|description|incident"#,
        keywords: [["summary", "impact", "overview", "what happened", "description", "incident"]])

    /// Minutes as `3 h 40 min` or `36 min`.
    static func minutes(_ value: Double) -> String {
        let whole = Int(value.rounded())
        return whole >= 60 ? "\(whole / 60) h \(whole % 60) min" : "\(whole) min"
    }
}
