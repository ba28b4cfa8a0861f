import Foundation
import IncidentModel

/// The two readings of a zone label written out of season (`EST` in May): its fixed offset, and
/// its region's local time.
public struct SeasonAlternative: Sendable, Hashable {
    /// The label as written (`EST`).
    public var label: String
    /// The region used for the season check and the regional reading (`America/New_York`).
    public var identifier: String
    /// The label's fixed offset in seconds.
    public var literalOffset: Int
    /// The instant under the fixed offset.
    public var literal: Date
    /// The region's offset in seconds at that wall time.
    public var regionalOffset: Int
    /// The instant as the region's local time.
    public var regional: Date
    /// The reading used.
    public var chosen: ZoneReading.Basis

    /// Creates the pair.
    public init(
        label: String, identifier: String, literalOffset: Int, literal: Date, regionalOffset: Int, regional: Date,
        chosen: ZoneReading.Basis
    ) {
        self.label = label
        self.identifier = identifier
        self.literalOffset = literalOffset
        self.literal = literal
        self.regionalOffset = regionalOffset
        self.regional = regional
        self.chosen = chosen
    }

    /// The instant for a reading.
    public func instant(for basis: ZoneReading.Basis) -> Date { basis == .literal ? literal : regional }
}
