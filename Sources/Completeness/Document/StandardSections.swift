/// The sections a postmortem is expected to have, merged from the SRE book, PagerDuty, Atlassian
/// and other public templates: seven required, three recommended.
public enum StandardSections {
    /// Every built-in section, required ones first.
    public static let all: [SectionDefinition] = [
        SectionDefinition(
            key: "summary", title: "Summary",
            synonyms: [
                "summary", "executive summary", "incident summary", "issue summary", "overview", "tl dr", "tldr",
                "abstract", "what happened", "incident overview", "synopsis", "summary of impact",
                "issue", "the issue", "problem", "problem statement", "incident description", "description",
            ], severity: .error, ruleID: "PM001",
            rationale: "Most readers stop after the summary; it says what broke, for whom, and for how long."),
        SectionDefinition(
            key: "impact", title: "Impact",
            synonyms: [
                "impact", "customer impact", "user impact", "summary of impact", "business impact", "blast radius",
                "affected users", "affected customers", "outage description", "end user impact", "end-user impact",
                "infrastructure impact", "productivity impact", "customer and business impact",
            ], severity: .error, ruleID: "PM002",
            rationale: "Impact with numbers and a start and end is what error budgets and customer follow-up need."),
        SectionDefinition(
            key: "timeline", title: "Timeline",
            synonyms: [
                "timeline", "chronology", "sequence of events", "chain of events", "incident timeline",
                "event timeline",
                "detailed timeline", "timeline of events", "how we responded",
                "key events", "events", "timeline of key events", "key timestamps", "incident log",
            ],
            severity: .error, ruleID: "PM003",
            rationale: "A timestamped timeline is the evidence every other section rests on."),
        SectionDefinition(
            key: "detection", title: "Detection",
            synonyms: [
                "detection", "how we detected", "how it was detected", "how was it detected", "how we found out",
                "detected by", "discovery", "how was the incident detected", "how the incident was detected",
                "how was the event detected", "how the event was detected", "alerting",
            ], severity: .error, ruleID: "PM004",
            rationale: "How the incident was noticed, and how late, is where time to detect can be cut."),
        SectionDefinition(
            key: "root-cause", title: "Root cause",
            synonyms: [
                "root cause", "root causes", "root cause analysis", "contributing factors", "contributing factor",
                "contributing conditions", "causes", "cause", "why it happened", "fault", "five whys", "contributors",
                "underlying cause", "underlying causes", "technical analysis",
            ], severity: .error, ruleID: "PM005",
            rationale: "Without causes or contributing factors the action items cannot be judged."),
        SectionDefinition(
            key: "resolution", title: "Resolution",
            synonyms: [
                "resolution", "mitigation", "recovery", "remediation", "resolution and recovery", "how we fixed it",
                "fix", "repair", "mitigators", "mitigation steps", "resolution steps", "restoration",
                "service restoration", "how we mitigated it",
                "resolving actions", "resolving action", "resolution actions", "actions taken", "recovery steps",
                "how it was resolved", "how we resolved it",
            ], severity: .error, ruleID: "PM006",
            rationale: "Readers need to know what stopped the impact and whether the fix is permanent."),
        SectionDefinition(
            key: "action-items", title: "Action items",
            synonyms: [
                "action items", "action item", "follow ups", "followups", "follow up actions", "corrective actions",
                "corrective and preventative measures", "corrective and preventive measures", "next steps",
                "remediation items", "action plan", "preventive actions", "preventative actions", "follow up",
                "follow up tasks", "follow up items", "corrective measures", "preventive measures",
                "preventative measures", "recommendations", "repair items", "priority actions", "tasks",
                "proactive measures", "review actions", "preventive steps", "preventative steps", "future work",
                "action points", "next actions", "todo", "to do",
            ], severity: .error, ruleID: "PM007",
            rationale: "A postmortem without owned, tracked follow-ups changes nothing."),
        SectionDefinition(
            key: "trigger", title: "Trigger",
            synonyms: [
                "trigger", "triggers", "leadup", "lead up", "what triggered it", "triggering event",
                "precipitating event",
            ],
            severity: .warning, ruleID: "PM008",
            rationale: "The SRE book separates the trigger (what set it off) from the causes (why it could)."),
        SectionDefinition(
            key: "lessons-learned", title: "Lessons learned",
            synonyms: [
                "lessons learned", "lessons learnt", "lessons", "learnings", "what went well", "what went wrong",
                "where we got lucky", "takeaways", "key takeaways", "key learnings", "learnings and risks",
                "what could have gone better", "what went badly", "how d we do", "how did we do",
            ], severity: .warning, ruleID: "PM009",
            rationale: "What went well, what went wrong and where you got lucky is what other teams reuse."),
        SectionDefinition(
            key: "customer-communication", title: "Customer communication",
            synonyms: [
                "customer communication", "customer communications", "communication", "communications",
                "external message", "external communication", "customer messaging", "status page updates",
                "external messaging", "external communications", "public communication", "customer notification",
                "customer notifications", "status page",
            ], severity: .warning, ruleID: "PM010",
            rationale: "PagerDuty's template keeps the external message beside the internal one so they agree."),
    ]
}
