import Completeness
import Foundation
import IncidentModel
import Pipeline
import Testing

/// `check` reads a postmortem's times as `report` does: the reconciler's instants, and numeric
/// dates in the order the reconciler chose for the document.
@Suite struct ReportTimeReadingTests {
    /// Numeric dates that are ambiguous one by one (`11-01-2026`) and day-first for the document.
    static let text = """
        # 12-01-2026 - Dashboards unavailable in two regions

        ## Impact

        | Regions | Duration |
        | --- | --- |
        | EU and APAC | ~24h40m |

        ## Timeline

        - **11-01-2026 10:00 UTC** – Proxy failures start to take dashboards down
        - **12-01-2026 09:52 UTC** – Customers report errors to support
        - **12-01-2026 10:40 UTC** – Fix deployed, dashboards restored
        """

    @Test func numericDatesAreReadInTheReportsOrder() throws {
        let loaded = IncidentLoader().load(["-"], standardInput: { Data(Self.text.utf8) })
        let report = try #require(loaded.incidents.first).timeline.filter { $0.source == .postmortem }
        #expect(report.first?.time.instant == Date(timeIntervalSince1970: 1_768_125_600))  // 2026-01-11 10:00 UTC
        let findings = try CheckSupport.findings(Self.text)
        let dates = findings.filter { $0.code == "PM023" }.map(\.message)
        #expect(dates.isEmpty, "the dates are the report's January ones: \(dates)")
    }
}
