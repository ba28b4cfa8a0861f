import IncidentModel

/// Every action item points to a ticket or link where it is tracked.
public struct ActionItemTicketRule: Rule {
    /// Creates the rule.
    public init() {}

    /// The rule's id, name and explanation.
    public let descriptor = RuleDescriptor(
        id: "PM018", name: "action-items.ticket", defaultSeverity: .error,
        summary:
            "Every open action item has a ticket or link (a Ticket or Bug column, a URL, or an id such as `OPS-412`); "
            + "one whose status says it is done needs none.",
        hint: "File the work in your tracker and put its id or link on the item.",
        rationale: """
            Action items that live only in the postmortem are forgotten; a ticket puts them in the queue \
            the team already works from, with a status anyone can see.
            """,
        example: "- Alert on queue depth above 10k (owner: @dana, OPS-412, status: open)\n")

    /// One finding per action item without a ticket or link.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        document.actionItems.filter { item in
            item.ticket == nil && !(item.status.map(ActionItemReader.isFinished) ?? false)
        }.map { item in
            let why = item.missingColumns.contains("Ticket") ? " (the table has no Ticket column)" : ""
            return finding("action item \"\(item.label)\" has no ticket or link\(why)", at: item.place)
        }
    }
}
