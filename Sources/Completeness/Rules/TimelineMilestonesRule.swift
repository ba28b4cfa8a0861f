import IncidentModel
import Metrics

/// The impact start, the detection and the resolution each appear in the timeline or the front matter.
///
/// The milestones are the ones `report` measures: the incident's lifecycle events as Metrics'
/// ``LifecycleExtractor`` found them on the one reading path (front-matter markers, tagged and
/// worded timeline lines, and for a status-page export its updates), so `check` and `report` never
/// disagree about a document. The resolution is the resolved event, else the mitigated one.
public struct TimelineMilestonesRule: Rule {
    /// Creates the rule.
    public init() {}

    /// A milestone: its name, the front-matter key the finding suggests and the lifecycle events
    /// that are it.
    struct Milestone {
        var name: String
        var markerKey: String
        var events: [LifecycleEvent.Kind]
    }

    static let milestones = [
        Milestone(name: "impact start", markerKey: "impact_start", events: [.impactStart]),
        Milestone(name: "detection", markerKey: "detected", events: [.detected]),
        Milestone(name: "resolution", markerKey: "resolved", events: [.resolved, .mitigated]),
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

    /// One finding per milestone the report does not have, at the timeline heading; none when the
    /// timeline's times have no date at all (PM023 says so: nothing can be placed until it has one).
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        guard let timeline = document.sections("timeline").first else { return [] }
        let times = document.times
        if times.incidentDate == nil, times.entries.contains(where: { !$0.clocked.isEmpty }) { return [] }
        return Self.milestones.compactMap { milestone in
            if milestone.events.contains(where: { document.metrics.events[$0] != nil }) { return nil }
            return finding(
                "the timeline has no \(milestone.name) entry (and the front matter no \(milestone.markerKey))",
                at: timeline.section.place)
        }
    }
}
