import IncidentModel

/// A diagnostic with the stage that raised it, as the report lists it.
public struct StagedDiagnostic: Sendable, Hashable, Codable {
    /// The pipeline stage a diagnostic came from.
    public enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
        /// Reading the source (the incident's own diagnostics).
        case reading
        /// Reading a written time to UTC (a resolved time's diagnostics).
        case chronology
        /// Measuring clocks, promises and durations.
        case metrics
    }

    /// The stage.
    public var stage: Stage
    /// The finding.
    public var diagnostic: Diagnostic

    /// Creates a staged diagnostic.
    public init(stage: Stage, diagnostic: Diagnostic) {
        self.stage = stage
        self.diagnostic = diagnostic
    }
}
