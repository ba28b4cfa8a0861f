/// Reads what a timeline line says about the incident's life from its wording, or from a tag.
///
/// **Tags.** A line may carry an explicit tag in square brackets, anywhere in its text:
/// `[impact_start]` (also `[impact-start]`), `[detected]`, `[identified]`, `[mitigated]`,
/// `[resolved]`, case-insensitive. A tagged line gives that event and wins over any wording.
/// Front-matter keys with the same names win over both.
///
/// **Wording** (case-insensitive, whole words):
/// - detected: alerted, alert fired/triggered, alarm, paged, detected, reported, reports of,
///   notified, noticed, became aware;
/// - identified: identified, root cause found/determined, found the cause;
/// - mitigation: rolled back / rolling back / rollback, reverted, scaled / scales / scaling up,
///   failed over / failover, restarted, mitigat…, workaround, applied/deployed a fix;
/// - resolved: declared/marked resolved, incident/issue resolved, back to normal, returned to
///   normal, fully restored/recovered/resolved, full recovery;
/// - impact: error(s), fail…, latency, degrad…, outage, unavailable, unreachable, disrupt…,
///   impact…, increase…, spike…, surge…, delay…, slow…, elevated, timeout(s), unable to —
///   read **after** the mitigation and resolved phrases are taken out, so "failed over" alone is
///   not impact but "it scaled up, yet a dependency began failing" is.
public struct LifecycleClassifier: Sendable, Hashable {
    /// Creates a classifier.
    public init() {}

    /// The event an explicit tag names, with the tag as written, or `nil`.
    public func tag(in text: String) -> (kind: LifecycleEvent.Kind, tag: String)? {
        let pattern = /\[(impact[_ -]start|detected|identified|mitigated|resolved)\]/.ignoresCase()
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let name = match.output.1.lowercased().replacingOccurrences(of: "-", with: "_")
            .replacingOccurrences(of: " ", with: "_")
        guard let kind = LifecycleEvent.Kind(rawValue: name) else { return nil }
        return (kind, String(match.output.0))
    }

    /// Everything the line's tag and wording say, tag first.
    public func cues(in text: String) -> [LifecycleCue] {
        var cues: [LifecycleCue] = []
        if let (kind, tag) = tag(in: text), let cueKind = Self.cueKind(for: kind) {
            cues.append(LifecycleCue(kind: cueKind, rule: "tag:\(tag.lowercased())", isTag: true))
        }
        let lower = text.lowercased()
        var rest = lower
        if let word = lower.firstMatch(of: Self.resolvedWords) {
            cues.append(LifecycleCue(kind: .resolved, rule: "wording:\(word.output)"))
            rest = rest.replacing(Self.resolvedWords, with: " ")
        }
        if let word = lower.firstMatch(of: Self.mitigationWords) {
            cues.append(LifecycleCue(kind: .mitigation, rule: "wording:\(word.output)"))
            rest = rest.replacing(Self.mitigationWords, with: " ")
        }
        if let word = lower.firstMatch(of: Self.detectedWords) {
            cues.append(LifecycleCue(kind: .detected, rule: "wording:\(word.output)"))
        }
        if let word = lower.firstMatch(of: Self.identifiedWords) {
            cues.append(LifecycleCue(kind: .identified, rule: "wording:\(word.output)"))
        }
        if let word = rest.firstMatch(of: Self.impactWords) {
            cues.append(LifecycleCue(kind: .impact, rule: "wording:\(word.output)"))
        }
        return cues
    }

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

    static var detectedWords: Regex<Substring> {
        /\b(?:alerted|alerts? (?:fired|triggered)|alarms?|alarmed|paged|detected|reported|reports of|notified|noticed|became aware)\b/
    }

    static var identifiedWords: Regex<Substring> {
        /\b(?:identified|root cause (?:was |is |has been )?(?:found|determined|confirmed)|found the (?:root )?cause)\b/
    }

    static var mitigationWords: Regex<Substring> {
        /\b(?:rolled back|rolling back|rolls back|rollback|reverted|reverting|reverts|scaled|scales|scaling up|scaling out|scale up|scale out|failed over|failing over|fails over|failover|restarted|restarting|mitigat\w*|workaround|(?:applied|deployed) (?:a |the )?fix)\b/
    }

    static var resolvedWords: Regex<Substring> {
        /\b(?:declared resolved|marked (?:as )?resolved|(?:incident|issue) (?:is |was |has been )?(?:declared |marked )?resolved|back to normal|returned to normal|fully (?:restored|recovered|resolved)|full recovery)\b/
    }

    static var impactWords: Regex<Substring> {
        /\b(?:errors?|fail\w*|latenc\w*|degrad\w*|outages?|unavailable|unreachable|disrupt\w*|impact\w*|increas\w*|spikes?|spiked|surg\w*|delay\w*|slow\w*|elevated|time ?outs?|timing out|unable to)\b/
    }
}
