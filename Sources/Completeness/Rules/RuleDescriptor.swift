import Foundation
import IncidentModel

/// What a rule is: its stable id and name, default severity, and the words `--explain` prints.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// The stable id, such as `PM002`.
    public var id: String
    /// The stable name, such as `section.impact`.
    public var name: String
    /// The severity when the configuration does not change it.
    public var defaultSeverity: Severity
    /// One line: what the rule requires.
    public var summary: String
    /// How to fix a finding.
    public var hint: String
    /// Why the rule exists.
    public var rationale: String
    /// A short Markdown example that passes the rule.
    public var example: String

    /// Creates a descriptor.
    public init(
        id: String, name: String, defaultSeverity: Severity, summary: String, hint: String, rationale: String,
        example: String
    ) {
        self.id = id
        self.name = name
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.hint = hint
        self.rationale = rationale
        self.example = example
    }

    /// Whether `key` names this rule by id or name (without case).
    public func matches(_ key: String) -> Bool {
        key.caseInsensitiveCompare(id) == .orderedSame || key.caseInsensitiveCompare(name) == .orderedSame
    }
}
