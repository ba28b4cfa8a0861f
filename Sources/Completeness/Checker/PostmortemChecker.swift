import IncidentModel
import Metrics

/// Runs the rules over a postmortem as the reading path produced it (read, reconciled, measured) and
/// collects the findings; it reads nothing itself (Pipeline's `PostmortemCheckRun` hands it the
/// documents).
public struct PostmortemChecker: Sendable {
    /// Creates a checker.
    public init() {}

    /// The findings for one incident, reconciled and measured as `report` does, under
    /// `configuration`, ordered by place.
    public func check(_ incident: Incident, metrics: IncidentMetrics, configuration: CheckConfiguration) -> [Diagnostic]
    {
        let document = CheckedDocument(incident: incident, metrics: metrics, configuration: configuration)
        var findings: [Diagnostic] = []
        for rule in RuleCatalog.rules(for: configuration) {
            guard let severity = configuration.severity(for: rule.descriptor) else { continue }
            for var finding in rule.check(document) {
                finding.severity = severity
                finding.place = document.characterColumn(finding.place)
                findings.append(finding)
            }
        }
        return findings.sorted { ($0.place, $0.code) < ($1.place, $1.code) }
    }

    /// The rules that run under any of `configurations`, in id order, at their configured severity.
    public static func rules(for configurations: [CheckConfiguration]) -> [RuleDescriptor] {
        var seen = Set<String>()
        var descriptors: [RuleDescriptor] = []
        for configuration in configurations.isEmpty ? [.standard] : configurations {
            for rule in RuleCatalog.rules(for: configuration) {
                guard let severity = configuration.severity(for: rule.descriptor) else { continue }
                var descriptor = rule.descriptor
                descriptor.defaultSeverity = severity
                if seen.insert(descriptor.id).inserted { descriptors.append(descriptor) }
            }
        }
        return descriptors.sorted { $0.id < $1.id }
    }
}
