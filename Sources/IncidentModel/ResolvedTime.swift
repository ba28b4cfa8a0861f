import Foundation

/// A written time read to a UTC instant, with the zone reading, the rule and its diagnostics.
public struct ResolvedTime: Sendable, Hashable, Codable {
    /// The instant.
    public var instant: Date
    /// What was written, and where.
    public var written: WrittenTime
    /// How the zone was read.
    public var zone: ZoneReading
    /// The rule that read it, such as `statuspage.posted` or `clock12.abbreviation`.
    public var rule: String
    /// What looked wrong or was chosen on the way.
    public var diagnostics: [Diagnostic]

    /// Creates a resolved time.
    public init(
        instant: Date, written: WrittenTime, zone: ZoneReading, rule: String, diagnostics: [Diagnostic] = []
    ) {
        self.instant = instant
        self.written = written
        self.zone = zone
        self.rule = rule
        self.diagnostics = diagnostics
    }
}
