import IncidentModel
import Metrics

/// Sections whose heading alone does not say which section they are, read by what they hold.
///
///
/// - `Identified` / `Discovered` / `Discovery` counts as detection when it tells how the incident was
///   noticed (alerted, reported, noticed…, the detection wording of ``LifecycleClassifier``);
/// - `Conclusion` counts as the root cause unless it says the cause is unknown;
/// - `Lessons learned` counts as the action items when the document has none and most of its items
///   prescribe (must, should, do not, make sure…).
enum SectionContentReading {
    /// The keys `scope` gains from its content, given every scope of the document.
    static func keys(for scope: SectionScope, among scopes: [SectionScope]) -> Set<String> {
        let heading = HeadingNormalizer.normalize(scope.section.heading)
        let detection = ["identified", "discovered", "discovery", "how identified", "how it was identified"]
        let conclusion = ["conclusion", "conclusions"]
        let lessons = ["lessons learned", "lessons learnt", "lessons", "learnings"]
        var keys: Set<String> = []
        guard detection.contains(heading) || conclusion.contains(heading) || lessons.contains(heading) else {
            return keys
        }
        let text = scope.lines.map(\.text).joined(separator: " ")
        if detection.contains(heading), LifecycleClassifier().cues(in: text).contains(where: { $0.kind == .detected }) {
            keys.insert("detection")
        }
        if conclusion.contains(heading), !text.isEmpty, !saysCauseUnknown(text) {
            keys.insert("root-cause")
        }
        if lessons.contains(heading), !scopes.contains(where: { $0.keys.contains("action-items") }),
            isPrescriptive(scope.lines)
        {
            keys.insert("action-items")
        }
        return keys
    }

    /// Whether the text says the cause is not known (`for as yet unknown reasons`, `cause unknown`).
    static func saysCauseUnknown(_ text: String) -> Bool {
        let lower = text.lowercased()
        return [
            "unknown reason", "unknown cause", "cause is unknown", "cause unknown", "cause remains unknown",
            "cause is not known", "not yet known", "cause is still unknown", "cause has not been",
        ].contains { lower.contains($0) }
    }

    /// Whether most of the items (at least two) prescribe what to do.
    static func isPrescriptive(_ lines: [DocumentLine]) -> Bool {
        let items = lines.filter { $0.kind == .listItem }
        guard items.count >= 2 else { return false }
        let cues = [
            "must", "should", "do not", "don't", "never", "always", "make sure", "ensure", "need to", "needs to",
            "try to", "avoid", "we will", "plan ahead",
        ]
        let prescribing = items.filter { item in
            let words = " " + item.text.lowercased().map { $0.isLetter || $0 == "'" ? $0 : " " } + " "
            return cues.contains { words.contains(" \($0) ") }
        }
        return prescribing.count * 2 > items.count
    }
}
