import IncidentModel
import Metrics

/// The impact start, the detection and the resolution each appear in the timeline or the front matter.
///
/// A timeline entry is read the way `report` reads it: through Metrics' ``LifecycleClassifier``
/// (its wording and its `[impact_start]`, `[detected]`, `[mitigated]`, `[resolved]` tags), so a
/// milestone `report` measures is never reported missing here. A few phrases the classifier does
/// not read yet also count (`INCIDENT ENDS`, `service restored`, `all clear`, `pager`), and a
/// mitigation (`OUTAGE MITIGATED`, `rolled back`) counts as the end of impact, as does the end of
/// an impact entry written as a range (`14:02–15:48 UTC errors`).
public struct TimelineMilestonesRule: Rule {
    /// Creates the rule.
    public init() {}

    /// A milestone: the front-matter keys that state it, the classifier's cues that mark an entry
    /// as it, and the extra phrases that do.
    struct Milestone {
        var name: String
        var markerKeys: [String]
        var cues: Set<LifecycleCue.Kind>
        var finder: PhraseFinder
    }

    static let milestones = [
        Milestone(
            name: "impact start", markerKeys: ["impact_start"], cues: [.impact],
            finder: PhraseFinder(["outage begins", "outage began", "went down", "goes down", "is down"])),
        Milestone(
            name: "detection", markerKeys: ["detected"], cues: [.detected],
            finder: PhraseFinder(["pager", "pager storm", "paging", "alert", "alerts", "alerting"])),
        Milestone(
            name: "resolution", markerKeys: ["resolved", "impact_end", "mitigated"], cues: [.resolved, .mitigation],
            finder: PhraseFinder([
                "resolved", "resolution", "resolves", "recovered", "recovers", "recover", "recovery", "restored",
                "all clear", "incident ends", "incident ended", "incident over", "outage ends", "outage ended",
                "outage over", "impact ends", "impact ended", "back to normal",
            ])),
    ]

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM016", name: "timeline.milestones", defaultSeverity: .error,
        summary: "The timeline (or front matter) has the impact start, the detection and the resolution.",
        hint: "Add timeline entries for when impact started, when you found out and when it ended "
            + "(a tag such as `[detected]` on an entry makes it one), or front-matter keys impact_start, "
            + "detected and resolved.",
        rationale: """
            Time to detect and time to resolve are measured between these three moments; without them \
            the postmortem cannot say how long users were hurt or how long nobody knew. Entries are read \
            with the same wording and tags as `postmortem report`, so what the report measures passes here.
            """,
        example: "- 14:02 Impact starts: error rate above 5%\n- 14:09 Detection: the alert pages on-call\n"
            + "- 15:48 Resolution: error rate back to normal\n")

    /// One finding per missing milestone, at the timeline heading.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        guard let timeline = document.sections("timeline").first else { return [] }
        let classifier = LifecycleClassifier()
        let entries = document.times.entries.filter { !$0.clocked.isEmpty }.map { entry in
            (entry: entry, cues: Set(classifier.cues(in: entry.line.text).map(\.kind)))
        }
        let markers = Set(document.incident.markers.keys.map { $0.lowercased() })
        return Self.milestones.compactMap { milestone in
            if milestone.markerKeys.contains(where: markers.contains) { return nil }
            let found = entries.contains { entry, cues in
                if !cues.isDisjoint(with: milestone.cues) {
                    // As in Metrics, a line that reads as resolved never starts the impact.
                    return milestone.name != "impact start" || !cues.contains(.resolved)
                }
                if milestone.name == "resolution", cues.contains(.impact),
                    entry.clocked.contains(where: { $0.expression.end != nil })
                {
                    return true
                }
                return !milestone.finder.find(in: entry.line.text).isEmpty
            }
            return found
                ? nil
                : finding(
                    "the timeline has no \(milestone.name) entry (and the front matter no \(milestone.markerKeys[0]))",
                    at: timeline.section.place)
        }
    }
}
