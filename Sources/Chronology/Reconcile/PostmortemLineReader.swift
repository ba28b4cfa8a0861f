import Foundation
import IncidentModel
import Utilities

/// Reads the times in a postmortem's lines, in document order, carrying the date from a date
/// line or heading (`**Jan 10, 2025**`) to the lines under it.
///
/// A line earlier than the one before it under the same date moves to the next day only when the
/// text says so (`next day`, `overnight`) or when the status updates put the next-day reading
/// inside the incident and the same-day reading outside it; either way a diagnostic says which.
struct PostmortemLineReader: Sendable {
    let reader: TimeExpressionReader
    let incident: Incident
    let decisions: SeasonDecisions
    let reference: Date?
    /// Posting instants of the status updates that are not postmortems.
    let anchors: [Date]
    /// The page's zone inferred from the incident's stamps, when it has no page zone.
    let inferred: InferredPageZone?
    private(set) var diagnostics: [Diagnostic] = []

    init(
        reader: TimeExpressionReader, incident: Incident, decisions: SeasonDecisions, reference: Date?, anchors: [Date],
        inferred: InferredPageZone? = nil
    ) {
        self.reader = reader
        self.incident = incident
        self.decisions = decisions
        self.reference = reference
        self.anchors = anchors
        self.inferred = inferred
    }

    mutating func read(_ postmortem: Postmortem) -> [ReconcilePass.Found] {
        let zoneKeys = ["timezone", "time_zone", "time-zone", "tz", "zone"]
        let texts = Self.texts(of: postmortem)
        let order = NumericDateOrder(texts: texts, file: postmortem.place.file, place: postmortem.place, parser: reader)
        if let note = order.diagnostic { diagnostics.append(note) }
        var documentZone =
            zoneKeys.lazy.compactMap { postmortem.frontMatterValue($0) }.first
            ?? TextCues.declaredZone(in: postmortem.text, table: reader.table)
        if documentZone == nil, incident.pageZone == nil,
            let evidence = PermalinkEvidence(
                text: postmortem.text, lines: texts, reader: reader, dayFirst: order.dayFirst, place: postmortem.place)
        {
            documentZone = evidence.label
            diagnostics.append(evidence.diagnostic)
        }
        var context = ReadingContext(
            place: postmortem.place, pageZone: incident.pageZone, declaredZone: documentZone,
            inferredPageZone: incident.pageZone == nil ? inferred : nil, reference: reference,
            referenceSource: "the incident's first update", direction: .nearest,
            seasonReadings: decisions.readings, seasonEvidence: decisions.evidence)
        context.numericDayFirst = order.dayFirst
        var state = RunningState()
        var found: [ReconcilePass.Found] = []
        for line in postmortem.preamble {
            found += read(
                line.text, place: line.place, section: nil, ordered: line.kind != .paragraph || isTimeline(line.text),
                context: &context, state: &state)
        }
        // The date in force when the document's first time was read is the incident's date. Each
        // section starts from it again, so a date inside one section (an action item's due date)
        // never dates the times of the sections after it.
        var incidentDate: (date: CivilDate?, source: String?)? =
            found.contains { $0.found.start != nil } ? (context.date, context.dateSource) : nil
        // A timed heading under a timeline heading is one of its entries (`### 14:35`): it keeps the
        // timeline's name, its times stay in order, and its zone and date carry on from the timeline.
        var timeline: (level: Int, heading: String, zone: String?)?
        for section in postmortem.sections {
            // A deeper heading with no number at all (`### What went well`) ends the timeline; one with
            // a time the parser cannot read (`### 0:25:59 AM`) stays in it.
            if let open = timeline, section.level <= open.level || !section.heading.contains(where: \.isNumber) {
                timeline = nil
            }
            let entryOf = timeline
            if entryOf == nil, let incidentDate {
                context.date = incidentDate.date
                context.dateSource = incidentDate.source
                state = RunningState(date: incidentDate.date, last: nil)
            }
            let headingZone = TextCues.declaredZone(in: section.heading, table: reader.table)
            context.declaredZone = headingZone ?? entryOf?.zone ?? documentZone
            let inTimeline = entryOf != nil || isTimeline(section.heading)
            let name = entryOf?.heading ?? section.heading
            if entryOf == nil, inTimeline {
                let table = reader.table
                let declared = section.lines.lazy.compactMap { TextCues.declaredZone(in: $0.text, table: table) }.first
                timeline = (section.level, section.heading, headingZone ?? declared ?? documentZone)
                context.declaredZone = timeline?.zone
            }
            let headingFound = read(
                section.heading, place: section.place, section: name, ordered: entryOf != nil, context: &context,
                state: &state)
            let headingStart = found.count
            found += headingFound
            var untimed: [String] = []
            for line in section.lines {
                let before = context
                let read = read(
                    line.text, place: line.place, section: name,
                    ordered: inTimeline || line.kind == .listItem || line.kind == .tableRow, context: &context,
                    state: &state)
                if incidentDate == nil, let first = read.first(where: { $0.found.start != nil }) {
                    incidentDate =
                        first.found.expression.start.date == nil
                        ? (before.date, before.dateSource) : (context.date, context.dateSource)
                }
                if read.isEmpty { untimed.append(line.text) }
                found += read
            }
            // A timed heading's event is told by the untimed lines under it.
            let timed = found[headingStart..<(headingStart + headingFound.count)].filter { $0.found.start != nil }
            if entryOf != nil, timed.count == 1, !untimed.isEmpty,
                let index = found[headingStart...].firstIndex(where: { $0.found.start != nil })
            {
                found[index].text = TextCues.collapsed(([section.heading] + untimed).joined(separator: " "), limit: 480)
            }
        }
        return found
    }

    /// The document's texts in order: preamble, then each heading and its lines.
    static func texts(of postmortem: Postmortem) -> [String] {
        postmortem.preamble.map(\.text) + postmortem.sections.flatMap { [$0.heading] + $0.lines.map(\.text) }
    }

    /// Whether a heading or a flattened line holds a timeline, whose lines are in time order.
    private func isTimeline(_ text: String) -> Bool {
        ASCIISearch.lowercasedContains(text, "timeline") ?? text.lowercased().contains("timeline")
    }

    /// The last clock read under the running date.
    private struct RunningState {
        var date: CivilDate?
        var last: Date?
    }

    private mutating func read(
        _ text: String, place: SourcePlace, section: String?, ordered: Bool, context: inout ReadingContext,
        state: inout RunningState
    ) -> [ReconcilePass.Found] {
        context.place = place
        let before = context
        var results = reader.read(text, context: &context)
        if let index = results.firstIndex(where: { $0.start != nil && $0.expression.start.date == nil }),
            ordered, let start = results[index].start, let last = state.last, state.date == before.date,
            start.instant < last
        {
            results = rollover(text, results: results, index: index, last: last, before: before, context: &context)
        }
        for result in results {
            if result.expression.isDateOnly || result.expression.start.date != nil {
                if context.date != state.date { state = RunningState(date: context.date, last: nil) }
            }
            if let start = result.start {
                state.last = max(state.last ?? start.instant, result.end?.instant ?? start.instant)
            }
        }
        state.date = context.date
        diagnostics += results.flatMap(\.rejections)
        let kept = results.filter { $0.start != nil || $0.date != nil }
        // A timeline entry (list item, table row, timeline line) with one time is one event: keep its
        // whole text, so what follows the first sentence still tells what happened. Prose keeps the
        // sentence around each time.
        let wholeLine = ordered && kept.count == 1
        let texts =
            wholeLine ? [TextCues.collapsed(text, limit: 480)] : TextCues.snippets(around: kept.map(\.range), in: text)
        return zip(kept, texts).map { found, snippet in
            ReconcilePass.Found(
                found: found, text: snippet, source: .postmortem, section: section, update: nil, future: false,
                place: place)
        }
    }

    private mutating func rollover(
        _ text: String, results: [FoundTime], index: Int, last: Date, before: ReadingContext,
        context: inout ReadingContext
    ) -> [FoundTime] {
        guard let sameDay = results[index].start, let date = results[index].date ?? before.date else { return results }
        var moved = before
        moved.date = date.adding(days: 1)
        moved.dateSource = "running date + 1 day"
        var movedContext = moved
        let next = reader.read(text, context: &movedContext)
        guard next.indices.contains(index), next[index].expression.range == results[index].expression.range,
            let nextStart = next[index].start
        else { return results }
        let span = anchoredSpan()
        let inside = { (instant: Date) in span.map { $0.contains(instant) } ?? false }
        let reason: String?
        if TextCues.saysNextDay(text) {
            reason = "the line says it is on the next day"
        } else if inside(nextStart.instant), !inside(sameDay.instant) {
            reason = "the status updates put the next-day reading inside the incident and the same-day one outside"
        } else {
            reason = nil
        }
        let readings = [
            "same day \(date) → \(InstantText.iso(sameDay.instant))",
            "next day \(date.adding(days: 1)) → \(InstantText.iso(nextStart.instant))",
            "previous line → \(InstantText.iso(last))",
        ]
        guard let reason else {
            diagnostics.append(
                Diagnostic(
                    code: .timelineOutOfOrder, severity: .warning, place: before.place,
                    message:
                        "\"\(results[index].expression.text)\" is earlier than the line before it under \(date); "
                        + "kept on \(date) because neither the text nor the status updates call for the next day",
                    readings: readings))
            return results
        }
        diagnostics.append(
            Diagnostic(
                code: .timelineDayRollover, severity: .note, place: before.place,
                message:
                    "\"\(results[index].expression.text)\" is earlier than the line before it under \(date); "
                    + "read on \(date.adding(days: 1)) because \(reason)",
                readings: readings))
        context = movedContext
        return next
    }

    /// From an hour before the first status update to an hour after the last one (postmortem posts excluded).
    private func anchoredSpan() -> ClosedRange<Date>? {
        guard let first = anchors.min(), let last = anchors.max() else { return nil }
        return first.addingTimeInterval(-3600)...last.addingTimeInterval(3600)
    }
}
