import IncidentModel

/// The impact start, the detection and the resolution each appear in the timeline or the front matter.
public struct TimelineMilestonesRule: Rule {
    /// Creates the rule.
    public init() {}

    /// A milestone: the front-matter key that states it, and words that mark a timeline entry as it.
    struct Milestone {
        var name: String
        var markerKeys: [String]
        var words: [String]
        /// The words, ready to search.
        var finder: PhraseFinder { PhraseFinder(words) }
    }

    static let milestones = [
        Milestone(
            name: "impact start", markerKeys: ["impact_start"],
            words: [
                "impact start", "impact starts", "impact begins", "impact began", "start", "starts", "started",
                "begin", "begins", "began", "first error", "first errors", "outage begins", "degradation",
            ]),
        Milestone(
            name: "detection", markerKeys: ["detected"],
            words: [
                "detected", "detection", "detects", "alert", "alerted", "alerts", "paged", "page", "pages", "noticed",
                "notices", "reported", "reports", "aware",
            ]),
        Milestone(
            name: "resolution", markerKeys: ["resolved", "impact_end"],
            words: [
                "resolved", "resolution", "resolves", "recovered", "recovers", "recovery", "restored", "all clear",
                "closed", "impact ends", "impact ended", "back to normal",
            ]),
    ]

    private static let finders = milestones.map(\.finder)

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM016", name: "timeline.milestones", defaultSeverity: .error,
        summary: "The timeline (or front matter) has the impact start, the detection and the resolution.",
        hint: "Add timeline entries for when impact started, when you found out and when it ended, "
            + "or front-matter keys impact_start, detected and resolved.",
        rationale: """
            Time to detect and time to resolve are measured between these three moments; without them \
            the postmortem cannot say how long users were hurt or how long nobody knew.
            """,
        example: "- 14:02 Impact starts: error rate above 5%\n- 14:09 Detection: the alert pages on-call\n"
            + "- 15:48 Resolution: error rate back to normal\n")

    /// One finding per missing milestone, at the timeline heading.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        guard let timeline = document.sections("timeline").first else { return [] }
        let entries = document.times.entries.filter { !$0.clocked.isEmpty }
        return zip(Self.milestones, Self.finders).compactMap { milestone, finder in
            if milestone.markerKeys.contains(where: { document.incident.markers[$0] != nil }) { return nil }
            let found = entries.contains { !finder.find(in: $0.line.text).isEmpty }
            return found
                ? nil
                : finding(
                    "the timeline has no \(milestone.name) entry (and the front matter no \(milestone.markerKeys[0]))",
                    at: timeline.section.place)
        }
    }
}
