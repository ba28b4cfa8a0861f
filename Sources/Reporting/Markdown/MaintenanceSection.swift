import Foundation
import Metrics

/// Scheduled maintenance, apart from the incidents: the window and whether the work overran it.
enum MaintenanceSection {
    static func render(_ report: Report) -> [String] {
        let items = report.maintenances
        guard !items.isEmpty else { return [] }
        let lines = [
            "", "<a id=\"maintenance\"></a>", "", "## Maintenance", "",
            "Scheduled work, kept out of the clocks, the incident counts, availability and the charts.", "",
        ]
        var table = MarkdownTable([
            ("Vendor", .left), ("Maintenance", .left), ("Scheduled from", .left), ("To", .left), ("Length", .right),
            ("Finished", .left), ("Overran", .left),
        ])
        for item in items {
            let window = item.metrics.maintenanceWindow
            let overran: String
            switch (window?.overran, window?.overrunMinutes) {
            case (true?, let late?): overran = "**yes**, by \(Minutes.words(late))"
            case (false?, _): overran = "no"
            default: overran = "unknown"
            }
            table.append([
                MarkdownReport.vendorName(item.incident.vendor),
                MarkdownText.inline(item.incident.title.isEmpty ? item.incident.id : item.incident.title),
                window?.start.map(UTCTime.display) ?? "not stated", window?.end.map(UTCTime.display) ?? "not stated",
                Minutes.words(window?.minutes), window?.completed.map(UTCTime.display) ?? "—", overran,
            ])
        }
        return lines + table.lines
    }
}
