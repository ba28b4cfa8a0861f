import IncidentModel

/// The readings the reconciler chose for season-mismatched labels in one incident, and why.
struct SeasonDecisions: Sendable, Hashable {
    /// Label → `.literal` or `.regional`.
    var readings: [String: ZoneReading.Basis] = [:]
    /// Label → the evidence sentence.
    var evidence: [String: String] = [:]
}
