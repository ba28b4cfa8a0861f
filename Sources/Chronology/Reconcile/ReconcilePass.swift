import Foundation
import IncidentModel

/// One reading of every time in an incident, under given season decisions.
///
/// The reconciler runs it once with the default readings to gather evidence, decides each
/// out-of-season label, and runs it again with the decisions.
struct ReconcilePass: Sendable {
    /// A time found in a body or a postmortem line, with what the timeline needs.
    struct Found: Sendable {
        var found: FoundTime
        var text: String
        var source: TimelineEntry.Source
        var section: String?
        /// The update whose body it is in.
        var update: Int?
        /// Whether the words before it promise a future time.
        var future: Bool
        /// Where the text is.
        var place: SourcePlace
    }

    var updates: [ResolvedTime?] = []
    var stamps: [FoundTime?] = []
    var bodies: [Found] = []
    var lines: [Found] = []
    var posted: ResolvedTime?
    var postedFound: FoundTime?
    var markers: [(key: String, time: ResolvedTime)] = []
    var declared: [(name: String, time: ResolvedTime)] = []
    var diagnostics: [Diagnostic] = []
    /// The page's zone inferred from the stamps' labels, when the incident has no page zone.
    var inferredPageZone: InferredPageZone?

    init(_ incident: Incident, reader: TimeExpressionReader, decisions: SeasonDecisions) {
        let stamp = StampReader(reader: reader)
        readUpdates(incident, stamp: stamp, decisions: decisions, inferred: nil)
        if incident.pageZone == nil {
            inferredPageZone = InferredPageZone.infer(
                fromStampLabels: stamps.compactMap { $0?.expression.start.zoneLabel }, table: reader.table)
            // A stamp printed without a zone beside stamps that name one is in the page's zone too.
            if inferredPageZone != nil, stamps.contains(where: { $0?.start?.zone.basis == .assumed }) {
                diagnostics = []
                readUpdates(incident, stamp: stamp, decisions: decisions, inferred: inferredPageZone)
            }
        }
        let inferred = inferredPageZone
        readBodies(incident, reader: reader, decisions: decisions)
        let first = updates.compactMap { $0?.instant }.min()
        if let postmortem = incident.postmortem {
            if let written = postmortem.posted {
                let last = updates.compactMap { $0?.instant }.max()
                (posted, postedFound) = stamp.resolve(
                    written, reference: last, direction: .atOrAfter, decisions: decisions, inferred: inferred)
                if posted == nil { diagnostics += unreadable(written, postedFound) }
            }
            let anchors = zip(incident.updates, updates).filter { $0.0.status != .postmortem }.compactMap {
                $0.1?.instant
            }
            var lineReader = PostmortemLineReader(
                reader: reader, incident: incident, decisions: decisions, reference: first ?? posted?.instant,
                anchors: anchors, inferred: inferred)
            lines = lineReader.read(postmortem)
            diagnostics += lineReader.diagnostics
        }
        for key in incident.markers.keys.sorted() {
            guard let written = incident.markers[key] else { continue }
            let (time, found) = stamp.resolve(
                written, reference: first, direction: .nearest, decisions: decisions, inferred: inferred)
            if let time { markers.append((key, time)) } else { diagnostics += unreadable(written, found) }
        }
        for (name, written) in [("declared start", incident.declaredStart), ("declared end", incident.declaredEnd)] {
            guard let written else { continue }
            let (time, found) = stamp.resolve(
                written, reference: first, direction: .nearest, decisions: decisions, inferred: inferred)
            if let time { declared.append((name, time)) } else { diagnostics += unreadable(written, found) }
            // A start written as a range (`Jan 14, 00:17 - 01:30 UTC` on a history page) also gives
            // the end, when the source has no end field of its own.
            if name == "declared start", incident.declaredEnd == nil, let end = found?.end {
                declared.append(("declared end", end))
            }
        }
    }

    /// Posting times: year-less stamps walk from the anchor, newest first when the anchor is the
    /// newest update (feeds), else oldest first (AWS `date` is the first post).
    private mutating func readUpdates(
        _ incident: Incident, stamp: StampReader, decisions: SeasonDecisions, inferred: InferredPageZone?
    ) {
        let count = incident.updates.count
        updates = Array(repeating: nil, count: count)
        stamps = Array(repeating: nil, count: count)
        let newestFirst = incident.updates.contains { $0.written.context.anchorIsNewest }
        let order = newestFirst ? Array((0..<count).reversed()) : Array(0..<count)
        var reference: Date? = incident.updates.lazy.compactMap(\.written.context.anchor).first
        for index in order {
            let written = incident.updates[index].written
            let (time, found) = stamp.resolve(
                written, reference: reference ?? written.context.anchor,
                direction: newestFirst ? .atOrBefore : .atOrAfter, decisions: decisions, inferred: inferred)
            updates[index] = time
            stamps[index] = found
            if let time { reference = time.instant } else { diagnostics += unreadable(written, found) }
        }
    }

    private mutating func readBodies(_ incident: Incident, reader: TimeExpressionReader, decisions: SeasonDecisions) {
        for (index, update) in incident.updates.enumerated() where !update.body.isEmpty {
            let element = (update.written.place.element ?? "update[\(index)]") + "/body"
            let pageZone = incident.pageZone ?? update.written.context.pageZone
            let tokens = TimeTokenizer.tokens(in: update.body)
            var context = ReadingContext(
                place: update.written.place.with(element: element), pageZone: pageZone,
                declaredZone: TextCues.declaredZone(in: update.body, tokens: tokens, table: reader.table)
                    ?? update.written.context.declaredZone,
                inferredPageZone: pageZone == nil ? inferredPageZone : nil,
                reference: updates[index]?.instant, referenceSource: "the update's posting time",
                direction: .nearest, year: update.written.context.year, seasonReadings: decisions.readings,
                seasonEvidence: decisions.evidence)
            let place = context.place
            let read = reader.read(update.body, tokens: tokens, context: &context)
            diagnostics += read.flatMap(\.rejections)
            let kept = read.filter { $0.start != nil || $0.date != nil }
            for (found, snippet) in zip(kept, TextCues.snippets(around: kept.map(\.range), in: update.body)) {
                bodies.append(
                    Found(
                        found: found, text: snippet, source: .updateBody, section: nil, update: index,
                        future: TextCues.isFuture(in: update.body, before: found.range.lowerBound), place: place))
            }
        }
    }

    /// Why a stamp gave no time: the rejected date when one was written, else `time.unreadable`.
    private func unreadable(_ written: WrittenTime, _ found: FoundTime?) -> [Diagnostic] {
        if let rejections = found?.rejections, !rejections.isEmpty { return rejections }
        return [unreadable(written)]
    }

    private func unreadable(_ written: WrittenTime) -> Diagnostic {
        Diagnostic(
            code: .timeUnreadable, severity: .warning, place: written.place,
            message: "\"\(written.text)\" is not a time this reader knows, and no machine field gives one")
    }
}
