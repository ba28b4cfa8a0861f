import Foundation
import IncidentModel

/// What the extractor knows about one incident while it chooses the lifecycle events: its lines,
/// its updates in order, the final closing run, the declared start, the stated windows, and the
/// check every candidate boundary passes.
struct LifecycleReading {
    let incident: Incident
    let classifier: LifecycleClassifier
    let progression: StatusProgression
    /// Every timeline line, in time order.
    let lines: [LifecycleLine]
    /// The postmortem lines read for wording (the "Timeline" section's when there is one).
    let postmortemLines: [LifecycleLine]
    /// The lines written in update bodies.
    let bodyLines: [LifecycleLine]
    /// Postmortem and body lines together, in time order.
    let wordLines: [LifecycleLine]
    /// Positions in `progression.timed` of the final run of closing updates.
    let closingRun: [Int]
    /// The first update.
    let firstUpdate: (number: Int, update: StatusUpdate, instant: Date)?
    /// Body times must be before this to start the impact: the first update that reports the
    /// incident open (an incident first posted as already resolved does not bound its own window).
    let openCap: Date?
    /// The source's declared start, when it has one.
    let declaredStart: LifecycleEvent?
    /// The check every candidate passes.
    let check: BoundaryCheck
    /// The windows the text states.
    let windows: [StatedWindow]

    init(incident: Incident, classifier: LifecycleClassifier, progression: StatusProgression) {
        self.incident = incident
        self.classifier = classifier
        self.progression = progression
        lines = LifecycleLine.lines(of: incident, classifier: classifier)
        postmortemLines = Self.readablePostmortemLines(lines)
        bodyLines = lines.filter { $0.entry.source == .updateBody }
        wordLines = (postmortemLines + bodyLines).enumerated()
            .sorted {
                $0.element.start != $1.element.start ? $0.element.start < $1.element.start : $0.offset < $1.offset
            }
            .map(\.element)
        let run = progression.finalClosingRun { Self.closingWords.matches($0) }
        closingRun = run
        firstUpdate = progression.timed.first
        let closing = Set(run)
        let timed = progression.timed
        openCap = timed.indices.first { !closing.contains($0) }.map { timed[$0].instant }
        declaredStart = Self.declared(incident.declaredStart, kind: .impactStart, lines: lines, field: .start)
        check = BoundaryCheck(reference: [declaredStart?.instant, firstUpdate?.instant].compactMap { $0 }.min())

        // Windows are read where the incident is told in retrospect, or where they were already
        // over when told.
        let offsets = progression.offsets
        let updates = incident.updates
        let retrospective = Set(run.map { offsets[$0] }).union(
            updates.indices.filter { [.monitoring, .resolved, .completed, .postmortem].contains(updates[$0].status) })
        let postmortemWindowLines = Set(postmortemLines.map(\.entry))
        let windowLines = lines.filter { line in
            switch line.entry.source {
            // The postmortem's windows are read where its wording is (the Timeline section when it
            // has one), as the completeness check reads the milestones there.
            case .postmortem: postmortemWindowLines.contains(line.entry)
            case .updateBody:
                // A retrospective update, or a window already over when its update was posted.
                (line.update.map { retrospective.contains($0) } ?? false)
                    || (line.posted.map { line.finish <= $0 } ?? false)
            case .frontMatter, .statusUpdate: false
            }
        }
        windows = StatedWindowReader().windows(in: windowLines)
    }

    /// How an update without a status of its own says the incident is over ("The issue has been
    /// resolved and the service is operating normally"); stricter than the timeline wording, since
    /// "no ETA on full recovery" must not close anything.
    static let closingWords = TextPattern(
        #"\b(?:(?:issue|problem|event|incident|disruption)s? (?:has|have) (?:now )?been (?:fully )?resolved|(?:issue|problem|event|incident) is (?:now )?(?:fully )?resolved|(?:is|are) (?:now )?operating normally)\b"#,
        keywords: [["resolved", "operating normally"]]
    )

    /// An event at a status update.
    static func updateEvent(
        _ kind: LifecycleEvent.Kind, _ update: (number: Int, update: StatusUpdate, instant: Date),
        rule: LifecycleRule.Basis
    ) -> LifecycleEvent {
        LifecycleEvent(
            kind: kind, instant: update.instant,
            source: .statusUpdate(number: update.number, status: update.update.status),
            rule: LifecycleRule(rule), text: nil, place: update.update.written.place)
    }

    /// Postmortem lines read for wording: those under a "Timeline" heading when there are any,
    /// else every postmortem line.
    static func readablePostmortemLines(_ lines: [LifecycleLine]) -> [LifecycleLine] {
        let postmortem = lines.filter { $0.entry.source == .postmortem }
        let timeline = postmortem.filter { $0.entry.section?.lowercased().contains("timeline") ?? false }
        return timeline.isEmpty ? postmortem : timeline
    }

    /// A front-matter marker's event, else a tagged line's; `useEnd` takes a tagged range's end.
    func explicit(_ kind: LifecycleEvent.Kind, useEnd: Bool) -> LifecycleEvent? {
        if let marker = marker(kind) { return marker }
        // A line's tag cue is the kind its tag names (``LifecycleClassifier/cueKind(for:)`` is one to one).
        let cueKind = LifecycleClassifier.cueKind(for: kind)
        let tagged = (lines.filter { $0.entry.source == .postmortem } + bodyLines)
            .filter { line in line.cues.contains { $0.isTag && $0.kind == cueKind } }.min { $0.start < $1.start }
        guard let tagged, let rule = tagged.cues.first(where: \.isTag)?.rule else { return nil }
        return tagged.event(kind, rule: .cue(rule, .asWorded), at: useEnd ? tagged.finish : tagged.start)
    }

    /// The event a front-matter marker sets: its reconciled timeline entry, else the marker's exact time.
    func marker(_ kind: LifecycleEvent.Kind) -> LifecycleEvent? {
        let key = kind.rawValue
        let normal = { (text: String) in
            text.lowercased().trimmingWhitespace().replacingOccurrences(of: "-", with: "_")
                .replacingOccurrences(of: " ", with: "_")
        }
        if let line = lines.first(where: { $0.entry.source == .frontMatter && normal($0.entry.text) == key }) {
            let useEnd = kind == .mitigated || kind == .resolved
            return LifecycleEvent(
                kind: kind, instant: useEnd ? line.finish : line.start, source: .frontMatter(key: key),
                rule: LifecycleRule(.marker(key: key, exact: false)), text: line.entry.text,
                place: line.entry.time.written.place)
        }
        if let written = incident.markers.first(where: { normal($0.key) == key })?.value, let exact = written.exact {
            return LifecycleEvent(
                kind: kind, instant: exact, source: .frontMatter(key: key),
                rule: LifecycleRule(.marker(key: key, exact: true)),
                text: written.text, place: written.place)
        }
        return nil
    }

    /// The event a declared field sets: its reconciled timeline entry, else its exact time.
    static func declared(
        _ written: WrittenTime?, kind: LifecycleEvent.Kind, lines: [LifecycleLine],
        field: LifecycleSource.DeclaredField
    ) -> LifecycleEvent? {
        guard let written else { return nil }
        if let line = lines.first(where: { $0.entry.time.written == written }) {
            return LifecycleEvent(
                kind: kind, instant: line.start, source: .declared(field),
                rule: LifecycleRule(.declared(field, exact: false)), text: written.text, place: written.place)
        }
        guard let exact = written.exact else { return nil }
        return LifecycleEvent(
            kind: kind, instant: exact, source: .declared(field), rule: LifecycleRule(.declared(field, exact: true)),
            text: written.text, place: written.place)
    }

}
