import Foundation
import IncidentModel

extension LifecycleReading {
    /// The first public update.
    func firstUpdateEvent() -> LifecycleEvent? {
        firstUpdate.map { Self.updateEvent(.firstUpdate, $0, rule: .firstUpdate) }
    }

    /// The public resolution: the first update of the final run of closing updates.
    func publicResolvedEvent() -> LifecycleEvent? {
        guard let first = closingRun.first else { return nil }
        let update = progression.timed[first]
        let rule = LifecycleRule.Basis.firstOfFinalRun(
            ownStatus: update.update.status.isTerminal, followUps: closingRun.count - 1)
        return Self.updateEvent(.publicResolved, update, rule: rule)
    }

    /// The earliest credible line with a cue of `kind`, and the lines passed over before it.
    func firstCredible(
        _ kind: LifecycleCue.Kind, in candidates: [LifecycleLine], atEnd: Bool = false, notBefore start: Date? = nil,
        excluding skipped: LifecycleLine? = nil
    ) -> (line: LifecycleLine, passedOver: [PassedOver])? {
        var passed: [PassedOver] = []
        for line in candidates where line.cue(kind) != nil && skipped.map({ $0.entry != line.entry }) ?? true {
            let isEnd = atEnd && line.entry.end != nil
            if let why = check.rejection(line, isEnd: isEnd, notBefore: start) {
                passed.append(why)
                continue
            }
            return (line, passed)
        }
        return nil
    }

    /// Detected: a marker or tag, else the earliest credible line worded as detection, or (in a
    /// document with no status updates) a postmortem line worded as identified before it.
    func detected() -> LifecycleEvent? {
        if let found = explicit(.detected, useEnd: false) { return found }
        let worded = firstCredible(.detected, in: wordLines)
        // In a team's own document a problem identified is a problem noticed: a line worded as
        // identified ("Problem is identified") before any detection wording is the detection.
        if incident.updates.isEmpty, let (line, passed) = firstCredible(.identified, in: postmortemLines),
            worded.map({ line.start < $0.line.start }) ?? true
        {
            return line.event(.detected, rule: .cue(line.cue(.identified)?.rule, .identifiedBeforeDetection))
                .passing(over: passed)
        }
        guard let (line, passed) = worded else { return nil }
        return line.event(.detected, rule: .cue(line.cue(.detected)?.rule, .asWorded)).passing(over: passed)
    }

    /// Identified: a marker or tag, else the earliest credible line so worded, else the first
    /// `identified` update.
    func identified() -> LifecycleEvent? {
        if let found = explicit(.identified, useEnd: false) { return found }
        if let (line, passed) = firstCredible(.identified, in: wordLines) {
            return line.event(.identified, rule: .cue(line.cue(.identified)?.rule, .asWorded)).passing(over: passed)
        }
        return progression.first(.identified).map {
            Self.updateEvent(.identified, $0, rule: .firstOfStatus(.identified))
        }
    }

    /// Mitigated: a marker or tag, else the earliest credible mitigation line other than the
    /// impact-start line (at its range end), else the first `monitoring` update.
    func mitigated(impactStart: Date?, impactLine: LifecycleLine?) -> LifecycleEvent? {
        if let found = explicit(.mitigated, useEnd: true) { return found }
        if let (line, passed) = firstCredible(
            .mitigation, in: wordLines, atEnd: true, notBefore: impactStart, excluding: impactLine)
        {
            let rule = LifecycleRule.Basis.cue(line.cue(.mitigation)?.rule, .atEnd(ofRange: line.entry.end != nil))
            return line.event(.mitigated, rule: rule, at: line.finish).passing(over: passed)
        }
        return progression.first(.monitoring).map {
            Self.updateEvent(.mitigated, $0, rule: .firstOfStatus(.monitoring))
        }
    }

    /// Resolved (service restored), from the first source in an order of precedence.
    ///
    /// The order: a marker or tag; a postmortem line worded as
    /// resolved; the latest end of a window the postmortem states; the latest end of a window an
    /// update body states; an update-body line worded as resolved; the end of the impact-start
    /// line's range; the declared end; the end of a declared range; the public resolution. Each
    /// candidate must be credible (see ``BoundaryCheck``) and not before the impact start.
    func resolved(impactStart: Date?, impactLine: LifecycleLine?) -> LifecycleEvent? {
        if let found = explicit(.resolved, useEnd: true) { return found }
        var passed: [PassedOver] = []
        func worded(_ candidates: [LifecycleLine]) -> LifecycleEvent? {
            guard
                let (first, skipped) = firstCredible(
                    .resolved, in: candidates, atEnd: true, notBefore: impactStart, excluding: impactLine)
            else {
                let others = candidates.filter { $0.cue(.resolved) != nil && $0.entry != impactLine?.entry }
                passed += others.compactMap {
                    check.rejection($0, isEnd: $0.entry.end != nil, notBefore: impactStart)
                }
                return nil
            }
            passed += skipped
            // "Power was restored at 7:20 and at 7:35 the instances had recovered": one sentence,
            // two restoration times; the impact ends at the later.
            var line = first
            for other in candidates
            where other !== line && other.finish > line.finish && other.cue(.resolved) != nil
                && other.entry.text == line.entry.text
                && other.entry.time.written.place == line.entry.time.written.place
                && check.rejection(other, isEnd: other.entry.end != nil, notBefore: impactStart) == nil
            {
                line = other
            }
            let rule = LifecycleRule.Basis.cue(line.cue(.resolved)?.rule, .atEnd(ofRange: line.entry.end != nil))
            return line.event(.resolved, rule: rule, at: line.finish).passing(over: passed)
        }
        if let event = worded(postmortemLines) { return event }
        if let event = windowEnd(fromPostmortem: true, impactStart: impactStart, passed: &passed) { return event }
        // An update body that states the window ("between 5:45 and 9:42 UTC the service was
        // degraded") says when the impact ended; a line of it worded as restored ("connectivity was
        // restored at 8:16") is often one step on the way.
        if let event = windowEnd(fromPostmortem: false, impactStart: impactStart, passed: &passed) { return event }
        if let event = worded(bodyLines) { return event }
        if let impactLine, impactLine.entry.end != nil {
            if let why = check.rejection(impactLine, isEnd: true, notBefore: impactStart) {
                passed.append(why)
            } else {
                return impactLine.event(.resolved, rule: .impactRangeEnd, at: impactLine.finish).passing(over: passed)
            }
        }
        if var declared = Self.declared(incident.declaredEnd, kind: .resolved, lines: lines, field: .end) {
            if let impactStart, declared.instant < impactStart {
                passed.append(PassedOver(written: nil, reason: .beforeImpactStart(impactStart)))
            } else {
                declared = declared.passing(over: passed)
                return declared
            }
        }
        if incident.declaredEnd == nil,
            let line = lines.first(where: { $0.entry.source == .statusUpdate && $0.entry.text == "declared end" }),
            impactStart.map({ line.start >= $0 }) ?? true
        {
            // Chronology read the end of a declared range (`00:17 - 01:30 UTC` on a history page).
            return LifecycleEvent(
                kind: .resolved, instant: line.start, source: .declaredRangeEnd, rule: LifecycleRule(.declaredRangeEnd),
                text: line.entry.time.written.text, place: line.entry.time.written.place
            ).passing(over: passed)
        }
        guard let first = closingRun.first else { return nil }
        return Self.updateEvent(.resolved, progression.timed[first], rule: .fallbackPublicResolved)
            .passing(over: passed)
    }

    /// The latest credible end of the windows stated in the postmortem (or in update bodies).
    private func windowEnd(fromPostmortem: Bool, impactStart: Date?, passed: inout [PassedOver]) -> LifecycleEvent? {
        let stated = windows.filter { $0.fromPostmortem == fromPostmortem }.sorted { $0.end > $1.end }
        for window in stated {
            let why =
                window.shape == .range
                ? check.rejection(window.endLine, isEnd: true, notBefore: impactStart)
                : check.rejection(window.endLine, notBefore: impactStart)
            if let why {
                passed.append(why)
                continue
            }
            return window.endLine.event(.resolved, rule: .windowEnd(window.shape, of: stated.count), at: window.end)
                .passing(over: passed)
        }
        return nil
    }
}
