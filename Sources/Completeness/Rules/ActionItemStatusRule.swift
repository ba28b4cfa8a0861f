import IncidentModel

/// Every action item has a status.
public struct ActionItemStatusRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM019", name: "action-items.status", defaultSeverity: .error,
        summary:
            "Every action item has a status (a Status column, `Status: …`, a checkbox, a word like `open`, "
            + "or a status closing a cell such as `Bug 123 **TODO**`).",
        hint: "Add a status such as open, in progress or done (a `- [ ]` checkbox counts).",
        rationale: "Reviewers and the next on-call need to see at a glance which follow-ups are still open.",
        example: "- [ ] Alert on queue depth above 10k (owner: @dana, OPS-412)\n")

    /// One finding per action item without a status.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        document.actionItems.filter { $0.status == nil }.map { item in
            let why = item.missingColumns.contains("Status") ? " (the table has no Status column)" : ""
            return finding("action item \"\(item.label)\" has no status\(why)", at: item.place)
        }
    }
}
