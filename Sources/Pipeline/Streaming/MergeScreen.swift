import Chronology
import IncidentModel

/// Remembers eight bytes per incident and key streamed past, to tell afterwards whether
/// `IncidentMerger` would have combined any two of them.
///
/// Streaming is only exact when the merger would leave every incident alone; when this screen
/// cannot rule a merge out, the caller reads the inputs again as a whole set. Memory matters here
/// (it is the one thing that grows with the input), so each key is one `UInt64`: a title's hash
/// keeps its high 56 bits and carries its format in the low byte.
struct MergeScreen {
    private var codes: [UInt64] = []
    private var titles: [UInt64] = []
    /// Whether an incident was seen that only the whole-set merger can place.
    private(set) var needsWholeSet = false

    /// Notes one incident's fingerprint.
    mutating func note(_ fingerprint: MergeFingerprint) {
        if fingerprint.needsWholeSet { needsWholeSet = true }
        codes.append(UInt64(bitPattern: Int64(fingerprint.code)))
        if let title = fingerprint.packedTitle { titles.append(title) }
    }

    /// Whether any two noted incidents might be one incident.
    ///
    /// `MergeFingerprint.mayBeOne` of some pair, asked of neighbours once the keys are sorted: equal
    /// codes sort together, and one title's keys too, so a pair that may be one is a neighbouring
    /// pair. Sorts the keys in place.
    mutating func mayMerge() -> Bool {
        if needsWholeSet { return true }
        codes.sort()
        for index in codes.indices.dropFirst() where codes[index] == codes[index - 1] { return true }
        titles.sort()
        for index in titles.indices.dropFirst() {
            if MergeFingerprint.titlesMayJoin(titles[index - 1], titles[index]) { return true }
        }
        return false
    }
}
