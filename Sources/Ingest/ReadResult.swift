import IncidentModel

/// What reading one input gave: its incidents, or why it failed, and the format it was read as.
public struct ReadResult: Sendable {
    /// The incidents read, in the order the source lists them.
    public var incidents: [Incident]
    /// Why the input could not be read, when it could not.
    public var failure: ReadFailure?
    /// The format sniffed from the content, when one was recognised.
    public var format: SourceFormat?

    /// Creates a result.
    public init(incidents: [Incident] = [], failure: ReadFailure? = nil, format: SourceFormat? = nil) {
        self.incidents = incidents
        self.failure = failure
        self.format = format
    }
}
