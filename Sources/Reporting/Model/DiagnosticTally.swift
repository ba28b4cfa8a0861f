import IncidentModel

/// How often one diagnostic code of one severity occurs in a report, and in how many incidents.
public struct DiagnosticTally: Sendable, Hashable, Codable {
    /// The code, such as `year.inferred`.
    public var code: String
    /// The severity.
    public var severity: Severity
    /// How many diagnostics (rows of `diagnostics.csv`).
    public var count: Int
    /// How many incidents have at least one.
    public var incidents: Int

    /// Creates a tally.
    public init(code: String, severity: Severity, count: Int, incidents: Int) {
        self.code = code
        self.severity = severity
        self.count = count
        self.incidents = incidents
    }

    /// The tallies of the incidents' diagnostics: most frequent first, then by code and severity.
    public static func tallies(_ incidents: [MeasuredIncident]) -> [DiagnosticTally] {
        struct Key: Hashable {
            var code: String
            var severity: Severity
        }
        var counts: [Key: Int] = [:]
        var incidentCounts: [Key: Int] = [:]
        for item in incidents {
            var seen = Set<Key>()
            for staged in item.diagnostics {
                let key = Key(code: staged.diagnostic.code, severity: staged.diagnostic.severity)
                counts[key, default: 0] += 1
                if seen.insert(key).inserted { incidentCounts[key, default: 0] += 1 }
            }
        }
        return counts.map { key, count in
            DiagnosticTally(code: key.code, severity: key.severity, count: count, incidents: incidentCounts[key] ?? 0)
        }
        .sorted { lhs, rhs in
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            if lhs.code != rhs.code { return lhs.code < rhs.code }
            return lhs.severity > rhs.severity
        }
    }
}
