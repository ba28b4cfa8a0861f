import Foundation
import IncidentModel

/// An update that promised the next one ("within the next 30 minutes"), kept or broken.
public struct Promise: Sendable, Hashable, Codable {
    /// The promising update's instant.
    public var made: Date
    /// The promised interval, in minutes.
    public var withinMinutes: Double
    /// The phrase as written.
    public var text: String
    /// The next update's instant; `nil` when there was none, and the promise is undecided.
    public var nextUpdate: Date?
    /// Whether the next update came later than promised (false while undecided).
    public var broken: Bool
    /// Where the promise was written.
    public var place: SourcePlace

    /// Creates a promise.
    public init(made: Date, withinMinutes: Double, text: String, nextUpdate: Date?, broken: Bool, place: SourcePlace) {
        self.made = made
        self.withinMinutes = withinMinutes
        self.text = text
        self.nextUpdate = nextUpdate
        self.broken = broken
        self.place = place
    }
}
