import Foundation
import IncidentModel

/// Finds an incident's lifecycle events from its markers, timeline and status updates.
///
/// Precedence, for each event: a front-matter marker (`impact_start`, `detected`, `identified`,
/// `mitigated`, `resolved`), then a tagged timeline line (see ``LifecycleClassifier``), then the
/// wording of the timeline (postmortem lines, and times written in update bodies), then the
/// status updates or the source's own fields. Every event records its source and rule.
///
/// - impact start: the first postmortem line describing impact (a line that reads as resolved
///   is never one); else an update-body line describing impact written before the first update;
///   else the source's declared start; else the first public update. When the postmortem has a
///   section headed "Timeline", only its lines are read for wording.
/// - detected: the earliest line worded as detection. No fallback: unknown stays unknown.
/// - identified: the earliest line worded as identification, else the first `identified` update
///   (a later step back to `investigating` does not move it).
/// - mitigated: the earliest mitigation line other than the impact-start line, at the end of its
///   range when it has one (the action is complete then); else the first `monitoring` update.
/// - resolved: the earliest postmortem line worded as resolved (its range end when it has one),
///   else such an update-body line, else the end of the impact-start line's range, else the
///   source's declared end, else the last `resolved` update (the rule says which).
/// - first update / public resolved: the first update, and the last `resolved` update.
public struct LifecycleExtractor: Sendable, Hashable {
    /// The wording rules.
    public var classifier: LifecycleClassifier

    /// Creates an extractor.
    public init(classifier: LifecycleClassifier = LifecycleClassifier()) {
        self.classifier = classifier
    }

    /// A timeline line with what it says.
    struct Line {
        var entry: TimelineEntry
        var cues: [LifecycleCue]
        var start: Date { entry.time.instant }
        var finish: Date { entry.end?.instant ?? entry.time.instant }
        func cue(_ kind: LifecycleCue.Kind) -> LifecycleCue? { cues.first { $0.kind == kind } }
        var source: String {
            switch entry.source {
            case .postmortem: entry.section.map { "postmortem (\($0))" } ?? "postmortem"
            case .updateBody: "update body"
            case .frontMatter: "front matter"
            case .statusUpdate: "status update"
            }
        }
    }

    /// The events found, by kind, and the notes made on the way.
    public func events(for incident: Incident) -> (
        events: [LifecycleEvent.Kind: LifecycleEvent], diagnostics: [Diagnostic]
    ) {
        let progression = StatusProgression(incident.updates)
        let lines = incident.timeline.map { Line(entry: $0, cues: classifier.cues(in: $0.text)) }
            .enumerated().sorted {
                $0.element.start != $1.element.start ? $0.element.start < $1.element.start : $0.offset < $1.offset
            }
            .map(\.element)
        let postmortemLines = Self.readablePostmortemLines(lines)
        let bodyLines = lines.filter { $0.entry.source == .updateBody }
        let wordLines = (postmortemLines + bodyLines).enumerated()
            .sorted {
                $0.element.start != $1.element.start ? $0.element.start < $1.element.start : $0.offset < $1.offset
            }
            .map(\.element)
        var events: [LifecycleEvent.Kind: LifecycleEvent] = [:]

        func event(_ kind: LifecycleEvent.Kind, _ line: Line, rule: String, at instant: Date? = nil) -> LifecycleEvent {
            LifecycleEvent(
                kind: kind, instant: instant ?? line.start, source: line.source, rule: rule, text: line.entry.text,
                place: line.entry.time.written.place)
        }
        func explicit(_ kind: LifecycleEvent.Kind, useEnd: Bool) -> LifecycleEvent? {
            if let marker = marker(kind, in: incident, lines: lines) { return marker }
            let tagged = (lines.filter { $0.entry.source == .postmortem } + bodyLines)
                .filter { classifier.tag(in: $0.entry.text)?.kind == kind }.min { $0.start < $1.start }
            guard let tagged, let rule = tagged.cues.first(where: \.isTag)?.rule else { return nil }
            return event(kind, tagged, rule: rule, at: useEnd ? tagged.finish : tagged.start)
        }

        let firstUpdate = progression.timed.first
        if let firstUpdate {
            events[.firstUpdate] = Self.updateEvent(.firstUpdate, firstUpdate, rule: "status:first-update")
        }
        let resolvedUpdates = progression.timed.filter { $0.update.status.isTerminal }
        if let last = resolvedUpdates.last {
            events[.publicResolved] = Self.updateEvent(.publicResolved, last, rule: "status:last-resolved")
        }

        // Impact start.
        var impactLine: Line?
        if let found = explicit(.impactStart, useEnd: false) {
            events[.impactStart] = found
        } else if let line = postmortemLines.first(where: { $0.cue(.impact) != nil && $0.cue(.resolved) == nil }) {
            impactLine = line
            events[.impactStart] = event(
                .impactStart, line,
                rule: "\(line.cue(.impact)?.rule ?? "wording") (first postmortem line describing impact)")
        } else if let line = bodyLines.first(where: {
            $0.cue(.impact) != nil && $0.cue(.resolved) == nil && $0.start < (firstUpdate?.instant ?? .distantFuture)
        }) {
            impactLine = line
            events[.impactStart] = event(
                .impactStart, line,
                rule: "\(line.cue(.impact)?.rule ?? "wording") (update body, before the first update)")
        } else if let declared = declared(
            incident.declaredStart, kind: .impactStart, lines: lines, name: "declared start")
        {
            // A start field edited to after the first public update cannot be when impact began:
            // the update already reported it. The earlier boundary is used and the rule says why.
            if let firstUpdate, firstUpdate.instant < declared.instant {
                let stated = ISO8601DateFormatter().string(from: declared.instant)
                events[.impactStart] = Self.updateEvent(
                    .impactStart, firstUpdate, rule: "fallback:first-update (the declared start \(stated) is after it)")
            } else {
                events[.impactStart] = declared
            }
        } else if let firstUpdate {
            events[.impactStart] = Self.updateEvent(
                .impactStart, firstUpdate, rule: "fallback:first-update (no impact line, no declared start)")
        }

        // Detected, identified, mitigated.
        if let found = explicit(.detected, useEnd: false) {
            events[.detected] = found
        } else if let line = wordLines.first(where: { $0.cue(.detected) != nil }) {
            events[.detected] = event(.detected, line, rule: line.cue(.detected)?.rule ?? "wording")
        }
        if let found = explicit(.identified, useEnd: false) {
            events[.identified] = found
        } else if let line = wordLines.first(where: { $0.cue(.identified) != nil }) {
            events[.identified] = event(.identified, line, rule: line.cue(.identified)?.rule ?? "wording")
        } else if let update = progression.first(.identified) {
            events[.identified] = Self.updateEvent(.identified, update, rule: "status:first-identified")
        }
        let notImpactLine = { (line: Line) in impactLine.map { $0.entry != line.entry } ?? true }
        if let found = explicit(.mitigated, useEnd: true) {
            events[.mitigated] = found
        } else if let line = wordLines.first(where: { $0.cue(.mitigation) != nil && notImpactLine($0) }) {
            let rule = (line.cue(.mitigation)?.rule ?? "wording") + (line.entry.end != nil ? " (end of range)" : "")
            events[.mitigated] = event(.mitigated, line, rule: rule, at: line.finish)
        } else if let update = progression.first(.monitoring) {
            events[.mitigated] = Self.updateEvent(.mitigated, update, rule: "status:first-monitoring")
        }

        // Resolved (service restored).
        let resolvedLine = { (candidates: [Line]) in
            candidates.first { $0.cue(.resolved) != nil && notImpactLine($0) }
        }
        if let found = explicit(.resolved, useEnd: true) {
            events[.resolved] = found
        } else if let line = resolvedLine(postmortemLines) ?? resolvedLine(bodyLines) {
            let rule = (line.cue(.resolved)?.rule ?? "wording") + (line.entry.end != nil ? " (end of range)" : "")
            events[.resolved] = event(.resolved, line, rule: rule, at: line.finish)
        } else if let impactLine, let end = impactLine.entry.end {
            events[.resolved] = event(.resolved, impactLine, rule: "wording:impact range end", at: end.instant)
        } else if let declared = declared(incident.declaredEnd, kind: .resolved, lines: lines, name: "declared end") {
            events[.resolved] = declared
        } else if incident.declaredEnd == nil,
            let line = lines.first(where: { $0.entry.source == .statusUpdate && $0.entry.text == "declared end" })
        {
            // Chronology read the end of a declared range (`00:17 - 01:30 UTC` on a history page).
            events[.resolved] = LifecycleEvent(
                kind: .resolved, instant: line.start, source: "declared end",
                rule: "declared:end of the declared range", text: line.entry.time.written.text,
                place: line.entry.time.written.place)
        } else if let last = resolvedUpdates.last {
            events[.resolved] = Self.updateEvent(
                .resolved, last, rule: "fallback:public-resolved (no restore time in the text or fields)")
        }
        return (events, progression.backwardSteps())
    }

    /// Postmortem lines read for wording: those under a "Timeline" heading when there are any,
    /// else every postmortem line.
    static func readablePostmortemLines(_ lines: [Line]) -> [Line] {
        let postmortem = lines.filter { $0.entry.source == .postmortem }
        let timeline = postmortem.filter { $0.entry.section?.lowercased().contains("timeline") ?? false }
        return timeline.isEmpty ? postmortem : timeline
    }

    /// An event at a status update.
    static func updateEvent(
        _ kind: LifecycleEvent.Kind, _ update: (number: Int, update: StatusUpdate, instant: Date), rule: String
    ) -> LifecycleEvent {
        LifecycleEvent(
            kind: kind, instant: update.instant,
            source: "status update \(update.number) (\(update.update.status.rawValue))",
            rule: rule, text: nil, place: update.update.written.place)
    }

    /// The event a front-matter marker sets: its reconciled timeline entry, else the marker's exact time.
    func marker(_ kind: LifecycleEvent.Kind, in incident: Incident, lines: [Line]) -> LifecycleEvent? {
        let key = kind.rawValue
        let normal = { (text: String) in
            text.lowercased().trimmingWhitespace().replacingOccurrences(of: "-", with: "_")
                .replacingOccurrences(of: " ", with: "_")
        }
        if let line = lines.first(where: { $0.entry.source == .frontMatter && normal($0.entry.text) == key }) {
            let useEnd = kind == .mitigated || kind == .resolved
            return LifecycleEvent(
                kind: kind, instant: useEnd ? line.finish : line.start, source: "front matter",
                rule: "marker:front-matter \(key)", text: line.entry.text, place: line.entry.time.written.place)
        }
        if let written = incident.markers.first(where: { normal($0.key) == key })?.value, let exact = written.exact {
            return LifecycleEvent(
                kind: kind, instant: exact, source: "front matter", rule: "marker:front-matter \(key) (exact)",
                text: written.text, place: written.place)
        }
        return nil
    }

    /// The event a declared field sets: its reconciled timeline entry, else its exact time.
    func declared(_ written: WrittenTime?, kind: LifecycleEvent.Kind, lines: [Line], name: String) -> LifecycleEvent? {
        guard let written else { return nil }
        let rule = "declared:\(name) (no wording in the text)"
        if let line = lines.first(where: { $0.entry.time.written == written }) {
            return LifecycleEvent(
                kind: kind, instant: line.start, source: name, rule: rule, text: written.text, place: written.place)
        }
        guard let exact = written.exact else { return nil }
        return LifecycleEvent(
            kind: kind, instant: exact, source: name, rule: rule + " exact", text: written.text, place: written.place)
    }
}
