import Foundation
import IncidentModel

extension LifecycleReading {
    /// A credible candidate for the impact start.
    struct StartCandidate {
        var event: LifecycleEvent
        var label: LifecycleRule.Candidate.Kind
        var line: LifecycleLine?
    }

    /// The first of `lines` that describes impact (and not its end) and is credible; the incredible
    /// ones before it are added to `passed`.
    private func firstImpactLine(
        _ lines: [LifecycleLine], label: LifecycleRule.Candidate.Kind, why: LifecycleRule.ImpactLine,
        passed: inout [PassedOver]
    )
        -> StartCandidate?
    {
        for line in lines where line.cue(.impact) != nil && line.cue(.resolved) == nil {
            if let rejection = check.rejection(line) {
                passed.append(rejection)
                continue
            }
            let rule = LifecycleRule.Basis.cue(line.cue(.impact)?.rule, .firstImpact(why))
            return StartCandidate(event: line.event(.impactStart, rule: rule), label: label, line: line)
        }
        return nil
    }

    /// The impact start, the line it was read from (when one), and the candidates passed over.
    ///
    /// A marker or tag wins. Otherwise the earliest credible candidate among: the first postmortem
    /// line describing impact, the first update-body line describing impact written before the
    /// first update, the start of a window the text states (before the first update that reports
    /// the incident open: a window told in an incident first posted as already resolved may start
    /// after that backdated post), and the declared start field (when it is not after the first
    /// update). With none, the first update.
    func impactStart() -> (event: LifecycleEvent?, line: LifecycleLine?, passedOver: [PassedOver]) {
        if let found = explicit(.impactStart, useEnd: false) { return (found, nil, []) }
        var passed: [PassedOver] = []
        var candidates: [StartCandidate] = []
        let postmortemLine = firstImpactLine(
            postmortemLines, label: .postmortemLine, why: .postmortem, passed: &passed)
        if let postmortemLine { candidates.append(postmortemLine) }
        let beforeFirstUpdate = bodyLines.filter { $0.start < (firstUpdate?.instant ?? .distantFuture) }
        let bodyLine = firstImpactLine(
            beforeFirstUpdate, label: .updateBody, why: .updateBody, passed: &passed)
        if let bodyLine { candidates.append(bodyLine) }
        if let window = windowStart(passed: &passed) {
            // A line passed over as an impact line but taken as a window running into the
            // incident is not reported as passed over.
            if let line = window.line, let why = check.rejection(line) { passed.removeAll { $0 == why } }
            candidates.append(window)
        }
        var afterFirst: Date?
        if let declared = declaredStart {
            if let firstUpdate, firstUpdate.instant < declared.instant {
                afterFirst = declared.instant
            } else {
                candidates.append(StartCandidate(event: declared, label: .declaredStart, line: nil))
            }
        }
        guard let chosen = candidates.enumerated().min(by: { Self.earlier($0, $1) })?.element else {
            guard let firstUpdate else { return (nil, nil, passed) }
            // A start field edited to after the first public update cannot be when impact began:
            // the update already reported it. The earlier boundary is used and the rule says why.
            let event = Self.updateEvent(
                .impactStart, firstUpdate, rule: .fallbackFirstUpdate(declaredStartAfter: afterFirst)
            ).passing(over: passed)
            return (event, nil, passed)
        }
        var event = chosen.event
        if candidates.count > 1 {
            event.rule.candidates = candidates.map {
                LifecycleRule.Candidate(kind: $0.label, instant: $0.event.instant)
            }
        }
        event = event.passing(over: passed)
        return (event, chosen.line, passed)
    }

    /// Whether a body time is before the first update that reports the incident open.
    func isBeforeOpen(_ instant: Date) -> Bool {
        openCap.map { instant < $0 } ?? true
    }

    /// The earliest credible start of a stated window.
    ///
    /// A start whose date is off or that is more than a day early is still taken when its own
    /// window's end is credible: the same sentence carries the window into the incident's days
    /// (`between August 21 at 15:00 UTC, and September 2 at 15:22 UTC`).
    private func windowStart(passed: inout [PassedOver]) -> StartCandidate? {
        let starts = windows.filter { $0.start != nil }.sorted {
            ($0.start ?? .distantPast) < ($1.start ?? .distantPast)
        }
        for window in starts {
            guard let start = window.start, window.fromPostmortem || isBeforeOpen(start) else { continue }
            var runsIn = false
            if let why = check.rejection(window.startLine) {
                let endWhy =
                    window.shape == .range
                    ? check.rejection(window.endLine, isEnd: true) : check.rejection(window.endLine)
                guard endWhy == nil, !check.isLate(window.startLine, at: start) else {
                    passed.append(why)
                    continue
                }
                runsIn = true
            }
            let rule = LifecycleRule.Basis.windowStart(window.shape, runsIntoIncident: runsIn)
            return StartCandidate(
                event: window.startLine.event(.impactStart, rule: rule, at: start), label: .window(window.shape),
                line: window.startLine)
        }
        return nil
    }

    /// Orders candidates by instant, then by their order of precedence.
    private static func earlier(
        _ a: (offset: Int, element: StartCandidate), _ b: (offset: Int, element: StartCandidate)
    ) -> Bool {
        a.element.event.instant != b.element.event.instant
            ? a.element.event.instant < b.element.event.instant : a.offset < b.offset
    }
}
