import IncidentModel

/// A section must be present, under one of its headings, and have something under it.
public struct RequiredSectionRule: Rule {
    /// The section required.
    public let section: SectionDefinition

    /// The rule's id, name and explanation.
    public let descriptor: RuleDescriptor

    /// Creates the rule for `section`.
    public init(section: SectionDefinition) {
        self.section = section
        self.descriptor = Self.descriptor(for: section)
    }

    private static func descriptor(for section: SectionDefinition) -> RuleDescriptor {
        let headings = section.synonyms.prefix(4).map { "`\($0.capitalizedFirst)`" }.joined(separator: ", ")
        let kind = section.severity == .error ? "required" : "recommended"
        return RuleDescriptor(
            id: section.ruleID, name: section.ruleName, defaultSeverity: section.severity,
            summary: "The \(kind) \(section.title) section is present and not empty.",
            hint: "Add a `## \(section.title)` section (headings such as \(headings) count) and write it.",
            rationale: section.rationale.isEmpty
                ? "Your team's configuration requires a \(section.title) section." : section.rationale,
            example: "## \(section.title)\n\nOne or more paragraphs, list items or table rows.\n")
    }

    /// A finding when no heading matches, or when every matching section is empty.
    public func check(_ document: CheckedDocument) -> [Diagnostic] {
        let scopes = document.sections(section.key)
        guard let first = scopes.first else {
            return [
                finding(
                    "no \(section.title) section: expected a heading such as \(quotedSynonyms)",
                    at: document.documentPlace)
            ]
        }
        if scopes.allSatisfy({ $0.lines.isEmpty }) {
            return [
                finding("the \(section.title) section \"\(first.section.heading)\" is empty", at: first.section.place)
            ]
        }
        return []
    }

    private var quotedSynonyms: String {
        section.synonyms.prefix(3).map { "\"\($0.capitalizedFirst)\"" }.joined(separator: ", ")
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
