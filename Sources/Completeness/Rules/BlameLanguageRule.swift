import IncidentModel

/// Words that put the incident on a person ("human error", "X forgot", "careless").
public struct BlameLanguageRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The phrases looked for, lower-cased, matched as whole words.
    static let phrases = [
        "human error", "operator error", "user error", "pilot error", "engineer error", "careless", "carelessly",
        "carelessness", "negligent", "negligence", "sloppy", "lazy", "incompetent", "incompetence", "stupid",
        "reckless", "forgot", "forgetting", "should have known", "should have been more careful",
        "should have caught", "failed to notice", "didn't bother", "did not bother", "his fault", "her fault",
        "their fault", "fault of", "to blame", "blamed", "screwed up", "messed up",
    ]

    private static let finder = PhraseFinder(phrases)

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM020", name: "language.blame", defaultSeverity: .warning,
        summary: "The document does not blame people (\"human error\", \"X forgot\", \"careless\").",
        hint: "Describe what made the action look reasonable at the time and what in the system let it cause harm.",
        rationale: """
            An individual's action is never a root cause: blame stops the analysis one step too early and \
            teaches people to hide what they know. Name the conditions, tools and pressures instead.
            """,
        example: """
            ## Contributing factors

            The deploy tool accepted a configuration without the region key and rolled it out to every region \
            at once; nothing in review or in the tool flagged the missing key.

            """)

    /// One finding per phrase, at its place.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        let headings = document.postmortem.sections.map {
            DocumentLine(text: $0.heading, place: $0.place, kind: .heading)
        }
        let lines = document.postmortem.preamble + document.postmortem.sections.flatMap(\.lines)
        var findings: [Diagnostic] = []
        for line in (headings + lines).sorted(by: { $0.place < $1.place }) {
            for phrase in Self.finder.find(in: line.text) {
                findings.append(
                    finding(
                        "blame language \"\(phrase)\": describe the conditions that made the action possible",
                        at: document.locate(phrase, from: line.place)))
            }
        }
        return findings
    }
}
