import IncidentModel

/// The text `postmortem check --explain RULE` prints.
public enum RuleExplanation {
    /// The rule's id, name and severity, what it requires, why, how to fix it, and an example.
    public static func text(for rule: RuleDescriptor, severity: Severity?) -> String {
        let level = severity?.rawValue ?? "off"
        let example = rule.example.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return """
            \(rule.id) \(rule.name) (\(level); default \(rule.defaultSeverity.rawValue))

            \(rule.summary)

            Why: \(rule.rationale)

            Fix: \(rule.hint)

            Example that passes:

            \(example)
            """
    }
}
