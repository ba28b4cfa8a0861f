import Foundation

/// A written time read to a UTC instant, with the zone reading, the rule and its diagnostics.
public struct ResolvedTime: Sendable, Hashable, Codable {
    /// The instant.
    public var instant: Date
    /// What was written, and where.
    public var written: WrittenTime
    /// How the zone was read.
    public var zone: ZoneReading
    /// How it was read, step by step.
    public var rule: TimeRule
    /// What looked wrong or was chosen on the way.
    public var diagnostics: [Diagnostic]

    /// Creates a resolved time.
    public init(
        instant: Date, written: WrittenTime, zone: ZoneReading, rule: TimeRule, diagnostics: [Diagnostic] = []
    ) {
        self.instant = instant
        self.written = written
        self.zone = zone
        self.rule = rule
        self.diagnostics = diagnostics
    }
}
