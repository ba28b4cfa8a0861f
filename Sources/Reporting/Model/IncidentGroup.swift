import IncidentModel

/// The incidents of one group of the breakdown (`--group-by`), with their key.
public struct IncidentGroup: Sendable, Hashable {
    /// The group's value (a vendor, a component, an impact level, a front-matter value).
    public var key: String
    /// The incidents in it, in report order; an incident of several components is in each.
    public var incidents: [MeasuredIncident]

    /// The value shown for incidents that have no value for the key.
    public static let none = "(none)"

    /// Groups incidents by a key, groups sorted by value with `(none)` last.
    ///
    /// The key is `vendor`, `component`, `impact`, or a front-matter key of the postmortem (`team`,
    /// `service`, `severity`), compared without case.
    public static func groups(_ incidents: [MeasuredIncident], by key: String) -> [IncidentGroup] {
        var members: [String: [MeasuredIncident]] = [:]
        for item in incidents {
            for value in values(of: item, key: key.lowercased()) { members[value, default: []].append(item) }
        }
        return members.keys.sorted { lhs, rhs in
            lhs == none || rhs == none ? rhs == none && lhs != none : lhs.lowercased() < rhs.lowercased()
        }
        .map { IncidentGroup(key: $0, incidents: members[$0] ?? []) }
    }

    /// An incident's values for a key.
    static func values(of item: MeasuredIncident, key: String) -> [String] {
        let incident = item.incident
        switch key {
        case "vendor": return [incident.vendor.isEmpty ? "(vendor unknown)" : incident.vendor]
        case "impact": return [incident.impact.rawValue]
        case "component", "components":
            let named =
                incident.components.isEmpty ? Array(Set(incident.updates.flatMap(\.components))) : incident.components
            return named.isEmpty ? [none] : named.sorted()
        default:
            let value = incident.postmortem?.frontMatter.first { $0.key.lowercased() == key }?.value
                .trimmingWhitespaceAndNewlines()
            return [value.flatMap { $0.isEmpty ? nil : $0 } ?? none]
        }
    }
}
