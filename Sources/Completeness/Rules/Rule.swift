import IncidentModel

/// A completeness or consistency check over one postmortem document.
public protocol Rule: Sendable {
    /// The rule's id, name, default severity and explanation.
    var descriptor: RuleDescriptor { get }

    /// The findings for `document`, at the rule's default severity (the checker applies the
    /// configured one).
    func check(_ document: CheckedDocument) -> [Diagnostic]
}

extension Rule {
    /// A finding of this rule at `place`.
    func finding(_ message: String, at place: SourcePlace, readings: [String] = []) -> Diagnostic {
        Diagnostic(
            code: descriptor.id, severity: descriptor.defaultSeverity, place: place, message: message,
            readings: readings)
    }
}
