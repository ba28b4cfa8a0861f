import Foundation
import IncidentModel

/// Finds the windows of impact the text states (see ``StatedWindow``).
///
/// Read from the postmortem's lines read for wording (its Timeline section when it has one, as the
/// completeness check reads milestones), from the bodies of the updates that tell the incident in
/// retrospect (`monitoring`, `resolved`, `postmortem`, and the final closing run), and from ranges
/// already over when their update was posted. A range, or two
/// times of one sentence joined by `between … and`, `from … to/until`, `beginning … until`, counts
/// when the sentence describes the incident (observed, experienced, customers, users, errors,
/// incident, or the impact wording of ``LifecycleClassifier``) or when it is the only range there
/// is; a sentence worded as a mitigation (an action's own duration, "scaled from 10:52 to 12:55")
/// never counts, nor does a schedule (`during support hours 10:00-17:00`). A time written right after `until`, `lasting until`, `ended at` or `through` in
/// such a sentence gives an end alone.
struct StatedWindowReader {
    /// The windows stated in `lines` (already limited to the lines that tell the incident).
    func windows(in lines: [LifecycleLine]) -> [StatedWindow] {
        // A schedule ("support hours 10:00-17:00") is no window of the incident.
        let candidates = lines.filter { $0.cue(.mitigation) == nil && !Self.schedule.matches($0.entry.text) }
        var ranges: [StatedWindow] = candidates.filter { $0.entry.end != nil }.map {
            StatedWindow(shape: .range, startLine: $0, endLine: $0, start: $0.start, end: $0.finish)
        }
        var paired = Set<Int>()
        let singles = candidates.indices.filter { candidates[$0].entry.end == nil }
        let sentences = Dictionary(grouping: singles) { index in
            let entry = candidates[index].entry
            return "\(entry.time.written.place)|\(entry.text)"
        }
        for key in sentences.keys.sorted() {
            guard let members = sentences[key], members.count >= 2,
                Self.connective.matches(candidates[members[0]].entry.text)
            else { continue }
            let ordered = members.sorted { candidates[$0].start < candidates[$1].start }
            guard let first = ordered.first, let last = ordered.last, candidates[first].start < candidates[last].start
            else { continue }
            ranges.append(
                StatedWindow(
                    shape: .sentence, startLine: candidates[first], endLine: candidates[last],
                    start: candidates[first].start, end: candidates[last].start))
            paired.formUnion(members)
        }
        let onlyRange = ranges.count == 1
        var windows = ranges.filter { onlyRange || Self.describesIncident($0.startLine) }
        for index in singles where !paired.contains(index) {
            let line = candidates[index]
            guard Self.describesIncident(line), Self.isEndAlone(line) else { continue }
            windows.append(StatedWindow(shape: .until, startLine: line, endLine: line, start: nil, end: line.start))
        }
        return windows
    }

    /// Whether the line's sentence describes the incident's impact.
    static func describesIncident(_ line: LifecycleLine) -> Bool {
        line.cue(.impact) != nil || describing.matches(line.entry.text)
    }

    /// Whether the time is written right after `until`, `lasting until`, `ended at` or the like.
    static func isEndAlone(_ line: LifecycleLine) -> Bool {
        let text = line.entry.text
        let written = line.written
        guard !written.isEmpty, let range = text.range(of: written) else { return false }
        return endWords.matches(String(text[..<range.lowerBound].suffix(40)))
    }

    static let describing = TextPattern(
        #"\b(?:observ\w*|experienc\w*|customers?|users?|errors?|incident)\b"#,
        keywords: [["observ", "experienc", "customer", "user", "error", "incident"]])

    static let schedule = TextPattern(
        #"\b(?:support|business|working|office|opening|core|service) hours\b|\bhours of (?:operation|business|support)\b"#,
        keywords: [["hours"]])

    static let connective = TextPattern(
        #"\bbetween\b.+\band\b|\bfrom\b.+\b(?:to|until|till|through)\b|\b(?:beginning|starting|began|started)\b.+\b(?:until|till|through)\b"#,
        keywords: [["between", "from", "beginning", "starting", "began", "started"]]
    )

    static let endWords = TextPattern(
        #"\b(?:until|till|through|ended at|ended by|ending at|ended around)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|~\s*)?(?:the\s+)?$"#,
        keywords: [["until", "till", "through", "ended", "ending"]]
    )
}
