import Foundation
import IncidentModel
import Metrics
import Reporting
import SwiftCSV
import Testing

@Suite struct CSVTablesTests {
    let report: Report
    let files: [String: String]

    init() throws {
        report = try SampleReport.january()
        files = Dictionary(uniqueKeysWithValues: CSVTables.files(for: report).map { ($0.name, $0.text) })
    }

    func read(_ name: String) throws -> (header: [String], rows: [[String: String]]) {
        let text = try #require(files[name])
        let csv = try CSV<Enumerated>(string: text, delimiter: .comma)
        let rows = csv.rows.map { Dictionary(uniqueKeysWithValues: zip(csv.header, $0)) }
        for row in csv.rows { #expect(row.count == csv.header.count, "\(name): a row has the wrong field count") }
        return (csv.header, rows)
    }

    @Test func writesTheFiveFilesInAFixedOrder() {
        #expect(
            CSVTables.files(for: report).map(\.name)
                == ["incidents.csv", "updates.csv", "timeline.csv", "components.csv", "diagnostics.csv"])
    }

    @Test func incidentsHaveTheRequiredColumnsFirstAndInOrder() throws {
        let required = [
            "incident_id", "vendor", "source_format", "title", "impact", "components", "url", "impact_start",
            "detected",
            "first_update", "identified", "mitigated", "resolved", "public_resolved", "ttd_min", "ttfu_min", "ttr_min",
            "public_duration_min", "updates", "max_update_gap_min", "promises_broken", "has_postmortem", "diagnostics",
        ]
        let (header, _) = try read("incidents.csv")
        #expect(Array(header.prefix(required.count)) == required)
        #expect(Set(header).count == header.count)
    }

    @Test func everyIncidentRowMatchesItsIncident() throws {
        let (_, rows) = try read("incidents.csv")
        #expect(rows.count == report.incidents.count)
        for (row, item) in zip(rows, report.incidents) {
            let incident = item.incident
            #expect(row["incident_id"] == incident.id)
            #expect(row["vendor"] == incident.vendor)
            #expect(row["source_format"] == incident.sourceFormat.rawValue)
            #expect(row["title"] == incident.title)
            #expect(row["impact"] == incident.impact.rawValue)
            #expect(row["components"] == incident.components.joined(separator: "; "))
            #expect(row["url"] == (incident.url ?? ""))
            for kind in LifecycleEvent.Kind.allCases {
                let expected = item.metrics.events[kind].map { UTCTime.iso($0.instant) } ?? ""
                #expect(row[kind.rawValue] == expected, "\(incident.id) \(kind.rawValue)")
            }
            for clock in Clock.allCases {
                let column = clock.rawValue + "_min"
                let value = try #require(row[column])
                if let minutes = item.metrics.clocks[clock] {
                    #expect(abs((Double(value) ?? .nan) - minutes) < 0.05, "\(incident.id) \(column) = \(value)")
                } else {
                    #expect(value.isEmpty, "\(incident.id) \(column) must be empty when unknown")
                }
            }
            #expect(row["updates"] == String(item.metrics.updateCount))
            #expect(row["promises_broken"] == String(item.metrics.promisesBroken))
            #expect(row["has_postmortem"] == (item.hasPostmortem ? "true" : "false"))
        }
    }

    @Test func instantsAreUTCWithZAndMinutesHaveOneDecimal() throws {
        let (_, rows) = try read("incidents.csv")
        let kustomer = try #require(rows.first { $0["incident_id"] == "kus-2025-01-10" })
        #expect(kustomer["impact_start"] == "2025-01-10T14:37:00Z")
        #expect(kustomer["ttr_min"] == "125.0")
        #expect(kustomer["ttd_min"] == "15.0")
        #expect(kustomer["postmortem_lag_min"] == "4758.0")
        #expect(kustomer["diagnostics"] == "metrics.stated-duration; read.missing-field; zone.season-mismatch")
        let minor = try #require(rows.first { $0["incident_id"] == "gh-a" })
        #expect(minor["ttd_min"] == "")
        #expect(minor["detected"] == "")
        #expect(minor["ttfu_min"] == "0.0")
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksSurviveAReader() throws {
        let (_, rows) = try read("updates.csv")
        #expect(rows.count == report.incidents.map(\.incident.updates.count).reduce(0, +))
        let first = try #require(rows.first { $0["incident_id"] == "kus-2025-01-10" && $0["seq"] == "1" })
        #expect(first["body"] == "We are investigating.\nNext update within 30 minutes.")
        #expect(first["posted"] == "2025-01-10T15:10:00Z")
        #expect(first["zone_basis"] == "exact")
        let resolved = try #require(rows.first { $0["incident_id"] == "kus-2025-01-10" && $0["seq"] == "2" })
        #expect(resolved["body"] == "Resolved, \"all good\".")
        let unicode = try #require(rows.first { $0["incident_id"] == "gh-a" && $0["seq"] == "1" })
        #expect(unicode["body"] == "Investigating; ünïcödé ✓")
    }

    @Test func timelineHoldsEveryReconciledTimeWithItsReading() throws {
        let (_, rows) = try read("timeline.csv")
        let kustomer = rows.filter { $0["incident_id"] == "kus-2025-01-10" }
        #expect(kustomer.map { $0["seq"] ?? "" } == ["1", "2", "3", "4"])
        #expect(kustomer.map { $0["instant"] ?? "" } == kustomer.map { $0["instant"] ?? "" }.sorted())
        let est = try #require(kustomer.first { $0["as_written"] == "09:37 EST" })
        #expect(est["instant"] == "2025-01-10T14:37:00Z")
        #expect(est["utc_offset"] == "-05:00")
        #expect(est["zone_label"] == "EST")
        #expect(est["zone_basis"] == "literal")
        #expect(est["source"] == "postmortem")
        #expect(est["line"] == "14")
        #expect(est["diagnostics"] == "zone.season-mismatch")
        let range = try #require(kustomer.first { $0["as_written"] == "11:42" })
        #expect(range["end_instant"] == "2025-01-10T17:05:00Z")
        #expect(range["zone_identifier"] == "America/New_York")
        let postings = rows.filter { $0["source"] == "status-update" }
        #expect(postings.count == report.incidents.map(\.incident.updates.count).reduce(0, +))
    }

    @Test func componentsCarryImpactAndAvailabilityOverThePeriod() throws {
        let (_, rows) = try read("components.csv")
        #expect(rows.count == report.availability.count)
        #expect(
            rows.map { $0["vendor"] ?? "" } == [
                "GitHub", "GitHub", "GitHub", "GitHub", "Kustomer", "Kustomer", "Kustomer",
            ])
        let vendor = try #require(rows.first)
        #expect(vendor["scope"] == "vendor")
        #expect(vendor["component"] == "")
        #expect(vendor["period_start"] == "2025-01-01T00:00:00Z")
        #expect(vendor["period_end"] == "2025-02-01T00:00:00Z")
        #expect(vendor["period_min"] == "44640.0")
        #expect(vendor["weighted_min"] == "223.5")
        #expect(vendor["availability"] == "0.994993")
        let messaging = try #require(rows.first { $0["component"] == "Messaging, web" })
        #expect(messaging["scope"] == "component")
        #expect(messaging["impact_min"] == "125.0")
    }

    @Test func diagnosticsListEachFindingOnceWithItsStage() throws {
        let (_, rows) = try read("diagnostics.csv")
        let kustomer = rows.filter { $0["incident_id"] == "kus-2025-01-10" }
        #expect(kustomer.map { $0["stage"] ?? "" } == ["reading", "chronology", "metrics"])
        let zone = try #require(kustomer.first { $0["code"] == "zone.season-mismatch" })
        #expect(zone["readings"] == "EST as −05:00: 14:37 UTC | EDT as −04:00: 13:37 UTC")
        #expect(zone["line"] == "14")
        #expect(zone["severity"] == "warning")
    }

    @Test func filesUseCRLFAndAHeaderEvenWhenEmpty() throws {
        let empty = Report(
            period: try ReportPeriod.month("2025-02"), vendors: [], incidents: [], clocks: [], availability: [],
            impactWindows: [])
        for file in CSVTables.files(for: empty) {
            #expect(file.text.hasSuffix("\r\n"))
            #expect(file.text.split(separator: "\r\n").count == 1, "\(file.name) has only its header")
        }
        let text = try #require(files["incidents.csv"])
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }
}
