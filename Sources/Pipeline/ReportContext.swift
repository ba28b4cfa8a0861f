import Foundation
import Reporting

/// What a report needs to know of all the incidents read, beyond those of its period: every vendor
/// and the earliest instant its data holds.
///
/// A report over files computes it from every measured incident; a report over an archive that
/// loaded only the period's incidents takes it from the archive's table of merged incidents, so both
/// name the same vendors and say the same about vendors whose data starts after a period.
public struct ReportContext: Sendable, Equatable {
    /// Each vendor read, with the earliest impact start or first update of its incidents (maintenance
    /// included); `nil` when none of them has one.
    public var earliest: [String: Date?]

    /// A context from its vendors' earliest instants.
    public init(earliest: [String: Date?]) {
        self.earliest = earliest
    }

    /// The context of every measured incident.
    public init(measured: [MeasuredIncident]) {
        var earliest: [String: Date?] = [:]
        for item in measured {
            let vendor = item.incident.vendor
            let instant = Self.earliest(of: item)
            let known = earliest[vendor] ?? nil
            earliest[vendor] = [known, instant].compactMap { $0 }.min()
        }
        self.earliest = earliest
    }

    /// The earliest instant of one incident: its impact start or first update, whichever is earlier.
    public static func earliest(of item: MeasuredIncident) -> Date? {
        [item.windowStart, item.incident.firstUpdate].compactMap { $0 }.min()
    }

    /// Every vendor read.
    public var vendors: Set<String> { Set(earliest.keys) }

    /// Of `vendors`, those whose data starts after `start` (or holds no instant at all).
    public func unobserved(_ vendors: Set<String>, before start: Date?) -> [String] {
        guard let start else { return [] }
        return vendors.filter { vendor in (earliest[vendor] ?? nil).map { $0 > start } ?? true }.sorted()
    }
}
