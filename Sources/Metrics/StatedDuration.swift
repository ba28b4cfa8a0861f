import IncidentModel

/// A duration stated in text ("approximately 3 hours"), compared with the computed clock.
public struct StatedDuration: Sendable, Hashable, Codable {
    /// The phrase as written.
    public var text: String
    /// The stated length, in minutes.
    public var statedMinutes: Double
    /// The clock it was compared with.
    public var clock: Clock?
    /// The computed length of that clock, in minutes.
    public var computedMinutes: Double?
    /// Whether the two disagree beyond the tolerance.
    public var disagrees: Bool
    /// Where the phrase was written.
    public var place: SourcePlace

    /// Creates a stated duration.
    public init(
        text: String, statedMinutes: Double, clock: Clock?, computedMinutes: Double?, disagrees: Bool,
        place: SourcePlace
    ) {
        self.text = text
        self.statedMinutes = statedMinutes
        self.clock = clock
        self.computedMinutes = computedMinutes
        self.disagrees = disagrees
        self.place = place
    }
}
