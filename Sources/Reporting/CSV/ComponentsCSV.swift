import Foundation
import Metrics

/// `components.csv`: impact minutes and availability per vendor and per component over the period.
public enum ComponentsCSV {
    /// One availability row with the period it was measured over.
    public struct Row: Sendable, Hashable {
        /// The measured availability.
        public var availability: ComponentAvailability
        /// The start of the period measured, when bounded.
        public var periodStart: Date?
        /// The end of the period measured, when bounded.
        public var periodEnd: Date?
    }

    /// The rows of a report, vendor-wide rows before each vendor's components.
    public static func rows(for report: Report) -> [Row] {
        report.availability.map { row in
            let span = report.measuredSpan(of: row.vendor)
            return Row(availability: row, periodStart: span?.start, periodEnd: span?.end)
        }
    }

    /// The table definition.
    public static let table = CSVTable<Row>(
        fileName: "components.csv",
        rowMeaning:
            "One row per vendor (`scope` `vendor`, the union of all its impact windows) and per component (`scope` `component`), sorted by vendor then component.",
        columns: [
            CSVColumn("vendor", "The vendor.") { $0.availability.vendor },
            CSVColumn("scope", "`vendor` for the vendor as a whole, `component` for one component.") {
                $0.availability.component == nil ? "vendor" : "component"
            },
            CSVColumn(
                "component",
                "The component as the source names it (`(all)` when an incident names none); empty on a vendor row."
            ) {
                $0.availability.component ?? ""
            },
            CSVColumn(
                "period_start",
                "The start of the span measured, UTC: the report's period; for a report without a period, the first day of the UTC month of the vendor's first impact start (each vendor its own).",
                kind: .instant
            ) {
                CSVField.instant($0.periodStart)
            },
            CSVColumn(
                "period_end",
                "The end of the span measured, UTC, exclusive: the report's period; for a report without a period, the first day of the UTC month after the vendor's last impact end.",
                kind: .instant
            ) {
                CSVField.instant($0.periodEnd)
            },
            CSVColumn("incidents", "How many incidents contributed impact.", kind: .integer) {
                String($0.availability.incidents)
            },
            CSVColumn(
                "impact_min",
                "Minutes in the span measured covered by the union of the impact windows (overlaps counted once).",
                kind: .minutes
            ) {
                CSVField.minutes($0.availability.impactMinutes)
            },
            CSVColumn(
                "weighted_min", "Weighted downtime minutes (a full outage counts 1, a partial one its weight).",
                kind: .minutes
            ) {
                CSVField.minutes($0.availability.weightedMinutes)
            },
            CSVColumn(
                "period_min", "The length of the span measured (`period_start` to `period_end`), in minutes.",
                kind: .minutes
            ) {
                CSVField.minutes($0.availability.periodMinutes)
            },
            CSVColumn(
                "availability", "1 − weighted_min ÷ period_min, as a fraction with six decimals (`0.999512`).",
                kind: .fraction
            ) {
                Minutes.fixed($0.availability.availability, decimals: 6)
            },
        ])
}
