/// A finding about the data: a code, a severity, the place, a message and the readings considered.
///
/// Diagnostics are data, never thrown: readers, Chronology and Metrics attach them to incidents,
/// and the renderers decide how to show them.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A stable identifier such as `zone.season-mismatch` or `status.backwards`.
    public var code: String
    /// How much it matters.
    public var severity: Severity
    /// Where the text it is about was found.
    public var place: SourcePlace
    /// One sentence for a person.
    public var message: String
    /// The alternatives or facts weighed, such as both readings of a relabelled zone.
    public var readings: [String]

    /// Creates a diagnostic.
    public init(
        code: String, severity: Severity, place: SourcePlace, message: String, readings: [String] = []
    ) {
        self.code = code
        self.severity = severity
        self.place = place
        self.message = message
        self.readings = readings
    }

    /// Creates a diagnostic with one of the stages' codes.
    public init(
        code: DiagnosticCode, severity: Severity, place: SourcePlace, message: String, readings: [String] = []
    ) {
        self.init(code: code.rawValue, severity: severity, place: place, message: message, readings: readings)
    }

    /// Whether the diagnostic has `code`.
    public func has(_ code: DiagnosticCode) -> Bool { self.code == code.rawValue }
}
