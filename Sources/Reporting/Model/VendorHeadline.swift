import IncidentModel
import Metrics

/// One vendor's line of the headline: incidents by impact, impact time and availability.
public struct VendorHeadline: Sendable, Hashable, Codable {
    /// Incidents of one impact level.
    public struct ImpactCount: Sendable, Hashable, Codable {
        /// The level.
        public var impact: Impact
        /// How many incidents.
        public var count: Int
    }

    /// The vendor.
    public var vendor: String
    /// Incidents in the period.
    public var incidents: Int
    /// Incidents per impact level, most severe first, zero counts left out.
    public var byImpact: [ImpactCount]
    /// Minutes covered by the union of the vendor's impact windows, when measured.
    public var impactMinutes: Double?
    /// Weighted downtime minutes, when measured.
    public var weightedMinutes: Double?
    /// Availability over the period (0…1), when measured.
    public var availability: Double?

    /// The count for one impact level.
    public func count(_ impact: Impact) -> Int { byImpact.first { $0.impact == impact }?.count ?? 0 }

    /// One line per vendor of the report, in vendor order, with the vendor-wide availability row.
    public static func rows(incidents: [MeasuredIncident], availability: [ComponentAvailability], vendors: [String])
        -> [VendorHeadline]
    {
        vendors.map { vendor in
            let own = incidents.filter { $0.incident.vendor == vendor }
            let counts = PostmortemCoverage.impactOrder.compactMap { impact -> ImpactCount? in
                let count = own.filter { $0.incident.impact == impact }.count
                return count == 0 ? nil : ImpactCount(impact: impact, count: count)
            }
            let whole = availability.first { $0.vendor == vendor && $0.component == nil }
            return VendorHeadline(
                vendor: vendor, incidents: own.count, byImpact: counts, impactMinutes: whole?.impactMinutes,
                weightedMinutes: whole?.weightedMinutes, availability: whole?.availability)
        }
    }
}
