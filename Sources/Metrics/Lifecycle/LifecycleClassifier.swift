/// Reads what a timeline line says about the incident's life from its wording, or from a tag.
///
/// **Tags.** A line may carry an explicit tag in square brackets, anywhere in its text:
/// `[impact_start]` (also `[impact-start]`), `[detected]`, `[identified]`, `[mitigated]`,
/// `[resolved]`, case-insensitive. A tagged line gives that event and wins over any wording.
/// Front-matter keys with the same names win over both.
///
/// **Wording** (case-insensitive, whole words):
/// - detected: alerted, alert fires/fired/triggered, alarm, paged, pages the on-call, detected,
///   detection, reported, reports of, notified, noticed, became aware;
/// - identified: identified, root cause found/determined, found the cause;
/// - mitigation: rolled back / rolling back / rollback, reverted, scaled / scales / scaling up,
///   failed over / failover, restarted, mitigat…, workaround, applied/deployed a fix;
/// - resolved: a line that starts (after its time) with "Resolved" or "Resolution", declared/marked/set to
///   resolved, incident/issue resolved, back to normal, returned to normal, fully
///   restored/recovered/resolved, full recovery, impact ends/ended, was/has been restored,
///   ending … impact, operating at full performance — unless the text makes the restoration
///   partial ("the majority of", "began to return", "seeing recovery", "but … still") without
///   saying it was full ("fully", "all services"): that is a mitigation;
/// - impact: error(s), fail…, latency, degrad…, outage, unavailable, unreachable, disrupt…,
///   impact…, increase…, spike…, surge…, delay…, slow…, elevated, timeout(s), unable to, drops
///   (not "drop a column": an action on an object),
///   experienced/experiencing (an) issue(s) or problems (not after "no longer"), observed … issues —
///   read **after** the mitigation and resolved phrases are taken out, so "failed over" alone is
///   not impact but "it scaled up, yet a dependency began failing" is.
public struct LifecycleClassifier: Sendable, Hashable {
    /// Creates a classifier.
    public init() {}

    /// The event an explicit tag names, with the tag as written, or `nil`.
    public func tag(in text: String) -> (kind: LifecycleEvent.Kind, tag: String)? {
        guard let match = Self.tagPattern.firstMatch(in: text), let name = match[1] else { return nil }
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        guard let kind = LifecycleEvent.Kind(rawValue: key) else { return nil }
        return (kind, String(match.value))
    }

    /// Everything the line's tag and wording say, tag first.
    public func cues(in text: String) -> [LifecycleCue] {
        // One pass finds which patterns' keywords the text holds (bit 0: the tag; then each
        // wording). The prefilters read the text itself: lowercasing adds no keyword (only the
        // scalars that fold to ASCII, and with those every bit is set). Most lines hold none.
        let found = Self.lineFilter.groupsFound(in: text)
        if found == 0 { return [] }
        var cues: [LifecycleCue] = []
        if found & 1 != 0, let (kind, tag) = tag(in: text), let cueKind = Self.cueKind(for: kind) {
            cues.append(LifecycleCue(kind: cueKind, rule: .tag(tag.lowercased()), isTag: true))
        }
        let may = Self.wordings.indices.map { found & (1 << UInt64($0 + 1)) != 0 }
        guard may.contains(true) else { return cues }
        let lower = text.lowercased()
        var rest = lower
        var replaced = false
        if may[0], let word = Self.resolvedWords.firstMatch(in: lower) {
            // "The majority recovered", "began to return to normal", "restored, but still degraded":
            // a partial restoration is a mitigation, not the end of the impact.
            if let partial = Self.partial(lower) {
                cues.append(
                    LifecycleCue(
                        kind: .mitigation, rule: .partialRestoration(wording: String(word.value), qualifier: partial)))
            } else {
                cues.append(LifecycleCue(kind: .resolved, rule: .wording(String(word.value))))
            }
            rest = Self.resolvedWords.replacingMatches(in: rest, with: " ")
            replaced = true
        }
        if may[1], let word = Self.mitigationWords.firstMatch(in: lower) {
            cues.append(LifecycleCue(kind: .mitigation, rule: .wording(String(word.value))))
            rest = Self.mitigationWords.replacingMatches(in: rest, with: " ")
            replaced = true
        }
        if may[2], let word = Self.detectedWords.firstMatch(in: lower) {
            cues.append(LifecycleCue(kind: .detected, rule: .wording(String(word.value))))
        }
        if may[3], let word = Self.identifiedWords.firstMatch(in: lower) {
            cues.append(LifecycleCue(kind: .identified, rule: .wording(String(word.value))))
        }
        // With phrases taken out, `rest` is not the text: its own prefilter decides.
        if may[4] || replaced, let word = Self.impactWords.firstMatch(in: rest) {
            cues.append(LifecycleCue(kind: .impact, rule: .wording(String(word.value))))
        } else if may[4] || replaced, let word = Self.dropWords.firstMatch(in: rest),
            !Self.droppingSomething.matches(rest)
        {
            // "Traffic begins to drop" is impact; "a migration to drop a column" is an action.
            cues.append(LifecycleCue(kind: .impact, rule: .wording(String(word.value))))
        }
        return cues
    }

    /// The qualifier that makes a restoration partial ("the majority of", "began to", "but …
    /// still"), unless the text also says it was full ("fully", "all", "completely").
    ///
    /// Amounts ("the majority of", "most of", "partially"), "but … still" and "remains degraded"
    /// qualify the whole sentence ("power was restored, which allowed the majority to recover");
    /// a beginning ("started to come back") only its clause, so "instances started to come back
    /// online and service was restored" is whole.
    static func partial(_ lower: String) -> String? {
        guard partialWords.mayMatch(lower), !fullWords.matches(lower) else { return nil }
        if let qualifier = contradiction.firstMatch(in: lower) { return String(qualifier.value) }
        var found: String?
        for phrase in resolvedWords.matches(in: lower) {
            let clause = clause(around: phrase.range, in: lower)
            guard let qualifier = partialWords.firstMatch(in: String(clause)) else { return nil }
            found = found ?? String(qualifier.value)
        }
        return found
    }

    /// The clause holding `range`: from the previous `, `, `; ` or ` and ` to the next.
    static func clause(around range: Range<String.Index>, in text: String) -> Substring {
        let marks = [", ", "; ", " and "]
        var lower = text.startIndex
        var upper = text.endIndex
        for mark in marks {
            if let found = text[..<range.lowerBound].range(of: mark, options: .backwards), found.upperBound > lower {
                lower = found.upperBound
            }
            if let found = text[range.upperBound...].range(of: mark), found.lowerBound < upper {
                upper = found.lowerBound
            }
        }
        return text[lower..<upper]
    }

    /// Words that make a whole sentence's restoration partial.
    static let contradiction = TextPattern(
        #"\b(?:but (?:\w+ ){0,4}still|while (?:\w+ ){0,4}still|remain(?:s|ed)? (?:degraded|impacted|affected|unavailable)|(?:the )?(?:vast )?majority of|most (?:of|affected)|some of the|a (?:subset|portion|number) of|partial(?:ly)?)\b"#,
        keywords: [["still", "remain", "majority", "most ", "some of", "subset", "portion", "number of", "partial"]])

    /// "Drop" as impact: something drops (traffic, requests), not an action on an object.
    static let dropWords = TextPattern(#"\b(?:drops?|dropped|dropping)\b"#, keywords: [["drop"]])

    /// "Drop" with an object ("drop a column", "dropped the table"): an action, not impact.
    static let droppingSomething = TextPattern(
        #"\b(?:drops?|dropped|dropping) (?:a|an|the|this|that|these|those|our|its|their|some|all|any)\b"#,
        keywords: [["drop"]])

    /// Words that make a restoration partial.
    static let partialWords = TextPattern(
        #"\b(?:(?:the )?(?:vast )?majority of|most (?:of|affected)|some of the|a (?:subset|portion|number) of|partial(?:ly)?|(?:began|begins|beginning|begin|started|starts|starting|start) (?:to )?(?:return|recover|improv|see|show|come back|stabili[sz])\w*|(?:seeing|saw|see) (?:signs of |early |initial |some )?(?:recovery|improvement)|but (?:\w+ ){0,4}still|while (?:\w+ ){0,4}still|remain(?:s|ed)? (?:degraded|impacted|affected|unavailable))\b"#,
        keywords: [
            [
                "majority", "most ", "some of", "subset", "portion", "number of", "partial", "gan", "gin", "start",
                "see", "saw", "still", "remain",
            ]
        ])

    /// Words that say a restoration was whole.
    static let fullWords = TextPattern(
        #"\b(?:fully|full (?:recovery|service|functionality|operations?|performance)|completely|entirely|all (?:services|systems|affected|customers|users|instances|regions)|every)\b"#,
        keywords: [["full", "complete", "entire", "all ", "every"]])

    /// The cue kind a tagged event stands for (`nil` for the public-update events).
    static func cueKind(for kind: LifecycleEvent.Kind) -> LifecycleCue.Kind? {
        switch kind {
        case .impactStart: .impact
        case .detected: .detected
        case .identified: .identified
        case .mitigated: .mitigation
        case .resolved: .resolved
        case .firstUpdate, .publicResolved: nil
        }
    }

    /// The wording patterns in the order ``cues(in:)`` reads them.
    static let wordings = [resolvedWords, mitigationWords, detectedWords, identifiedWords, impactWords]

    /// One keyword group per pattern: the tag's, then each wording's (each has a single group).
    static let lineFilter = KeywordFilter(
        ([tagPattern] + wordings).map { pattern in
            guard let groups = pattern.keywords, groups.count == 1 else { preconditionFailure("one keyword group") }
            return groups[0]
        })

    static let tagPattern = TextPattern(
        #"\[(impact[_ -]start|detected|identified|mitigated|resolved)\]"#,
        keywords: [["[impact", "[detected", "[identified", "[mitigated", "[resolved"]])

    static let detectedWords = TextPattern(
        #"\b(?:alerted|alerts? (?:fire[sd]?|fired|triggered|went off)|alarms?|alarmed|paged|pages (?:the|an?|on-call)|detected|detection|reported|reports (?:a|an|the|that|of|issues?|problems?|errors?)|(?:customers?|users?|clients?|someone|people) (?:\w+ )?reports?|first report|notified|notic(?:e|es|ed|ing)|spotted|discover(?:s|ed)?|(?:became|become|becomes|made|is|are|was|were|team|staff|engineers?) aware|raised (?:\w+ ){0,2}(?:support )?(?:requests?|tickets?|cases?)|support (?:requests?|tickets?|cases?) (?:raised|opened|came in))\b"#,
        keywords: [
            [
                "alert", "alarm", "page", "detect", "report", "notified", "notic", "spotted", "discover", "aware",
                "raised", "support",
            ]
        ]
    )

    static let identifiedWords = TextPattern(
        #"\b(?:identified|root cause (?:was |is |has been )?(?:found|determined|confirmed)|found the (?:root )?cause)\b"#,
        keywords: [["identified", "cause"]]
    )

    static let mitigationWords = TextPattern(
        #"\b(?:rolled back|rolling back|rolls back|rollback|reverted|reverting|reverts|scaled|scales|scaling up|scaling out|scale up|scale out|failed over|failing over|fails over|failover|restarted|restarting|mitigat\w*|workaround|(?:applied|deployed) (?:a |the )?fix)\b"#,
        keywords: [["roll", "revert", "scal", "fail", "restart", "mitigat", "workaround", "fix"]]
    )

    static let resolvedWords = TextPattern(
        #"(?:^\W*(?:[0-9:/.-]+\s*){0,2}(?:[ap]\.?m\.?\s*)?(?:utc\s*|gmt\s*)?\W*(?:resolved|resolution)\b|\b(?:declared resolved|marked (?:as )?resolved|set to resolved|(?:incident|issue|problem) (?:is |was |has been )?(?:declared |marked )?resolved?|back to (?:normal|working order|working|full service)|(?:return|returns|returned|returning) to normal|fully (?:restored|recovered|resolved|operational)|full recovery|(?:impact|incident|outage|disruption) (?:ends|ended|is over|was over)|all clear|(?:is|are|was|were|been|being|has|have|had) (?:now )?(?:fully )?(?:restored|recovered)|ending (?:\w+ ){0,6}(?:of )?(?:\w+ )?impact|full (?:functionality|service|operations?|performance) (?:\w+ ){0,2}restored|(?:operating|running|performing) at full (?:performance|capacity)|services? (?:was |were |is |are )?restored|(?:everything|all|things|it|service|services) (?:is |are |was |were )?(?:working|operational|running) (?:again|normally|as expected)|(?:is|are|was|were) (?:now )?working again|(?:working|running|up|online|flowing|created|processing|launching|serving|responding) again|(?:goes|went|has gone|gone) away|(?:comes|came) (?:back )?(?:up|online)|back (?:up|online)|resolution deployed|(?:services?|systems?|everything|all) (?:\w+ ){0,2}operational|fix (?:was |is )?(?:deployed|applied) and (?:services?|everything) restored)\b)"#,
        keywords: [
            [
                "resol", "normal", "full", "impact", "incident", "outage", "disruption", "working", "all clear",
                "restored", "recovered", "operational",
                "running", "again", "away", "came", "comes", "back",
            ]
        ]
    )

    static let impactWords = TextPattern(
        #"\b(?:errors?|fail\w*|latenc\w*|degrad\w*|outages?|unavailable|unreachable|unresponsive|unhealthy|offline|disrupt\w*|impact\w*|increas\w*|spikes?|spiked|surg\w*|delay\w*|slow\w*|elevated|time ?outs?|timing out|unable to|stall\w*|crash\w*|faults?|broken|(?:is|are|was|were|went|goes|go|hard) down|stopped|stops (?:working|responding)|(?:not|no longer) (?:working|responding|starting|launching|loading|accessible)|problems? (?:starts?|started|begins?|began)|no new|(?<!no longer )experienc(?:e|es|ed|ing)(?: \w+){0,3}? (?:issues?|problems?|difficulties)|observed(?: \w+){0,3}? (?:issues?|problems?))\b"#,
        keywords: [
            [
                "error", "fail", "latenc", "degrad", "outage", "unavailable", "unreachable", "disrupt", "impact",
                "increas", "spike", "surg", "delay", "slow", "elevated", "time", "timing out", "unable to",
                "experienc", "observed", "unresponsive", "unhealthy", "offline", "stall", "crash", "fault", "broken",
                "down", "drop", "stop", "not ", "no longer", "problem", "no new",
            ]
        ]
    )
}
