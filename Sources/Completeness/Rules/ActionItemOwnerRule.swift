import IncidentModel

/// Every action item names an owner.
public struct ActionItemOwnerRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM017", name: "action-items.owner", defaultSeverity: .error,
        summary: "Every action item names an owner (an Owner column, `Owner: name` or an `@handle`).",
        hint: "Give each action item one owner: a person or team who answers for it.",
        rationale: "An action item everyone owns is an action item nobody does; one owner makes follow-up possible.",
        example: """
            | Action | Owner | Ticket | Status |
            |---|---|---|---|
            | Alert on queue depth above 10k | @dana | OPS-412 | open |

            """)

    /// One finding per action item without an owner.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        document.actionItems.filter { $0.owner == nil }.map { item in
            let why = item.missingColumns.contains("Owner") ? " (the table has no Owner column)" : ""
            return finding("action item \"\(item.label)\" has no owner\(why)", at: item.place)
        }
    }
}
