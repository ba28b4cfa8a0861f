/// The impact level a status page gives an incident.
public enum Impact: String, Sendable, Hashable, Codable, CaseIterable {
    case none
    case minor
    case major
    case critical
    case maintenance
    case unknown
}
