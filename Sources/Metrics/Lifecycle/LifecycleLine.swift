import Foundation
import IncidentModel

/// A timeline line with what its wording says, the update it was written in, and whether
/// Chronology found its date off.
///
/// A class, never changed once made: the extractor keeps each line in several lists (postmortem,
/// body, wording, windows), and copying a reference is far cheaper than copying the entry.
final class LifecycleLine {
    /// The reconciled line.
    let entry: TimelineEntry
    /// What its tag and wording say.
    let cues: [LifecycleCue]
    /// The position in the incident's `updates` of the update whose body holds the line.
    let update: Int?
    /// When that update was posted.
    let posted: Date?
    /// Whether Chronology warned that the date of the line's time is off (see ``OffDateFinder``).
    let offDateStart: Bool
    /// Whether it warned that the date of the range end is off.
    let offDateEnd: Bool

    /// Creates a line.
    init(entry: TimelineEntry, cues: [LifecycleCue], update: Int?, posted: Date?, offDateStart: Bool, offDateEnd: Bool)
    {
        self.entry = entry
        self.cues = cues
        self.update = update
        self.posted = posted
        self.offDateStart = offDateStart
        self.offDateEnd = offDateEnd
    }

    /// The time (the start, for a range).
    var start: Date { entry.time.instant }
    /// The end of the range, else the time.
    var finish: Date { entry.end?.instant ?? entry.time.instant }
    /// The time as written.
    var written: String { entry.time.written.text }

    /// The cue of a kind, when the line has one.
    func cue(_ kind: LifecycleCue.Kind) -> LifecycleCue? { cues.first { $0.kind == kind } }

    /// Where the line was read, as events name it.
    var source: LifecycleSource {
        switch entry.source {
        case .postmortem: .postmortem(section: entry.section)
        case .updateBody: .updateBody
        case .frontMatter: .frontMatter(key: nil)
        case .statusUpdate: .statusUpdateLine
        }
    }

    /// An event at this line.
    func event(_ kind: LifecycleEvent.Kind, rule: LifecycleRule.Basis, at instant: Date? = nil) -> LifecycleEvent {
        LifecycleEvent(
            kind: kind, instant: instant ?? start, source: source, rule: LifecycleRule(rule), text: entry.text,
            place: entry.time.written.place)
    }

    /// The incident's timeline as lines, in time order (ties keep the timeline's order).
    static func lines(of incident: Incident, classifier: LifecycleClassifier) -> [LifecycleLine] {
        let finder = OffDateFinder(incident)
        var bodyPlaces: [SourcePlace: Int] = [:]
        for (index, update) in incident.updates.enumerated() {
            let element = (update.written.place.element ?? "update[\(index)]") + "/body"
            let place = update.written.place.with(element: element)
            if bodyPlaces[place] == nil { bodyPlaces[place] = index }
        }
        func update(of entry: TimelineEntry) -> Int? {
            guard entry.source == .updateBody else { return nil }
            if let index = bodyPlaces[entry.time.written.place] { return index }
            let text = entry.text.trimmingWhitespaceAndNewlines()
            guard !text.isEmpty else { return nil }
            return incident.updates.firstIndex { $0.body.contains(text) }
        }
        let clauses = sentenceClauses(of: incident.timeline)
        var read: [(offset: Int, line: LifecycleLine)] = []
        for (offset, entry) in incident.timeline.enumerated() {
            let index = update(of: entry)
            let off = finder.offDates(entry)
            let posted: Date? = index.flatMap { incident.updates[$0].instant }
            var cues = classifier.cues(in: clauses[offset]?.text ?? entry.text)
            if cues.isEmpty, let clause = clauses[offset], !clause.listed, !clause.text.isEmpty {
                cues = classifier.cues(in: entry.text)
            }
            let line = LifecycleLine(
                entry: entry, cues: cues, update: index, posted: posted, offDateStart: off.start, offDateEnd: off.end)
            read.append((offset, line))
        }
        read.sort { $0.line.start != $1.line.start ? $0.line.start < $1.line.start : $0.offset < $1.offset }
        return read.map(\.line)
    }

    /// For each timeline entry whose sentence holds other times too (entries of one place and
    /// text), the clause its wording is read from, and `""` for a reference point (see
    /// ``SentenceClauses``); `nil` where the whole text is read.
    static func sentenceClauses(of timeline: [TimelineEntry]) -> [(text: String, listed: Bool)?] {
        var clauses = [(text: String, listed: Bool)?](repeating: nil, count: timeline.count)
        var groups: [String: [Int]] = [:]
        for (offset, entry) in timeline.enumerated() where entry.source != .statusUpdate && !entry.text.isEmpty {
            groups["\(entry.time.written.place)|\(entry.text)", default: []].append(offset)
        }
        for members in groups.values {
            let read = SentenceClauses.clauses(
                of: timeline[members[0]].text, times: members.map { timeline[$0].time.written.text })
            for (member, clause) in zip(members, read.clauses) { clauses[member] = clause.map { ($0, read.listed) } }
        }
        return clauses
    }
}
