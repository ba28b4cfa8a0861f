import Chronology
import IncidentModel

/// Remembers a few bytes per incident streamed past, to tell afterwards whether `IncidentMerger`
/// would have combined any two of them.
///
/// Streaming is only exact when the merger would leave every incident alone; when this screen
/// cannot rule a merge out, the caller reads the inputs again as a whole set.
struct MergeScreen {
    private var codes: [Int] = []
    private var titles: [(title: Int, format: SourceFormat)] = []
    /// Whether an incident was seen that only the whole-set merger can place.
    private(set) var needsWholeSet = false

    /// Notes one incident's fingerprint.
    mutating func note(_ fingerprint: MergeFingerprint) {
        if fingerprint.needsWholeSet { needsWholeSet = true }
        codes.append(fingerprint.code)
        if let title = fingerprint.title { titles.append((title, fingerprint.format)) }
    }

    /// Whether any two noted incidents might be one incident: a shared code, a title shared across
    /// formats, or an incident that only the whole-set merger can place.
    func mayMerge() -> Bool {
        if needsWholeSet { return true }
        let sortedCodes = codes.sorted()
        if zip(sortedCodes, sortedCodes.dropFirst()).contains(where: { $0 == $1 }) { return true }
        let sortedTitles = titles.sorted { ($0.title, $0.format.rawValue) < ($1.title, $1.format.rawValue) }
        return zip(sortedTitles, sortedTitles.dropFirst()).contains { $0.title == $1.title && $0.format != $1.format }
    }
}
