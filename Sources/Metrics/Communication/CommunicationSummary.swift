/// How an incident was communicated: how many updates, the longest silence, promises kept or broken.
public struct CommunicationSummary: Sendable, Hashable, Codable {
    /// How many public updates (updates with status `postmortem` are not counted).
    public var updateCount: Int
    /// The longest gap between consecutive updates, in minutes; `nil` below two timed updates.
    public var maxGapMinutes: Double?
    /// Promises of the next update, in time order.
    public var promises: [Promise]

    /// Creates a summary.
    public init(updateCount: Int, maxGapMinutes: Double?, promises: [Promise]) {
        self.updateCount = updateCount
        self.maxGapMinutes = maxGapMinutes
        self.promises = promises
    }
}
