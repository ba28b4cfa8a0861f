import Foundation
import IncidentModel

/// Where an incident sorts in the report and in `incidents.csv`: window start, then vendor, then
/// id, then the place it was read from; incidents without a window last.
///
/// It is a value of its own so an incident's position can be kept (and written to a spill file)
/// without the incident.
public struct ChronologicalKey: Sendable, Hashable, Comparable {
    /// The start of the impact window (``MeasuredIncident/windowStart``), when known.
    public var windowStart: Date?
    /// The vendor as read.
    public var vendor: String
    /// The incident's id.
    public var id: String
    /// Where the incident was read.
    public var place: SourcePlace

    /// Creates a key from its parts.
    public init(windowStart: Date?, vendor: String, id: String, place: SourcePlace) {
        self.windowStart = windowStart
        self.vendor = vendor
        self.id = id
        self.place = place
    }

    /// The key of a measured incident.
    public init(_ measured: MeasuredIncident) {
        self.init(
            windowStart: measured.windowStart, vendor: measured.incident.vendor, id: measured.incident.id,
            place: measured.incident.place)
    }

    /// Orders by window start (known before unknown), vendor, id, then place.
    public static func < (lhs: ChronologicalKey, rhs: ChronologicalKey) -> Bool {
        switch (lhs.windowStart, rhs.windowStart) {
        case let (l?, r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if lhs.vendor != rhs.vendor { return lhs.vendor < rhs.vendor }
        if lhs.id != rhs.id { return lhs.id < rhs.id }
        return lhs.place < rhs.place
    }
}
