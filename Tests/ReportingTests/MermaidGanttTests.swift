import Foundation
import IncidentModel
import Testing

@testable import Reporting

@Suite struct MermaidGanttTests {
    @Test func chartHasTheHeaderASectionPerVendorAndOneTaskPerIncident() throws {
        let gantt = try #require(MermaidGantt.render(try SampleReport.january()))
        let lines = gantt.split(separator: "\n").map(String.init)
        #expect(lines[0] == "gantt")
        #expect(lines.contains("    dateFormat YYYY-MM-DDTHH:mm"))
        #expect(lines.contains("    axisFormat %m-%d"))
        #expect(lines.filter { $0.hasPrefix("    section ") } == ["    section GitHub", "    section Kustomer"])
        let tasks = lines.filter { $0.contains(" :") }
        #expect(tasks.count == 3)
        let taskPattern =
            /^    [^#:;()\n"%]+ :((crit|active|done), )?t\d+, \d{4}-\d\d-\d\dT\d\d:\d\d, \d{4}-\d\d-\d\dT\d\d:\d\d$/
        for task in tasks {
            let name = task.replacing(/#\d+;/, with: "")
            #expect(name.wholeMatch(of: taskPattern) != nil, "not a valid task line: \(task)")
        }
    }

    @Test func windowsAreClippedToThePeriod() throws {
        let gantt = try #require(MermaidGantt.render(try SampleReport.january()))
        #expect(gantt.contains(":crit, t1, 2025-01-01T00:00, 2025-01-01T03:30"))
    }

    @Test func namesEscapeColonHashSemicolonAndParentheses() {
        #expect(
            MermaidGantt.taskName("API: 50% errors (EU); see #12", fallback: "x")
                == "API#58; 50#37; errors #40;EU#41;#59; see #35;12")
        #expect(!MermaidGantt.taskName("a\nb", fallback: "x").contains("\n"))
    }

    @Test func namesThatStartLikeAStatementOrADateArePrefixed() {
        #expect(MermaidGantt.taskName("Section 3 broken", fallback: "x") == "Incident – Section 3 broken")
        #expect(MermaidGantt.taskName("Click tracking delayed", fallback: "x").hasPrefix("Incident – "))
        #expect(MermaidGantt.taskName("2024-12-31 Pages outage", fallback: "x").hasPrefix("Incident – "))
        #expect(MermaidGantt.taskName("   ", fallback: "abc") == "abc")
        let long = MermaidGantt.taskName(String(repeating: "a", count: 200), fallback: "x")
        #expect(long.count == MermaidGantt.maximumNameLength)
    }

    @Test func noChartWithoutWindows() throws {
        let empty = Report(
            period: try ReportPeriod.month("2025-02"), vendors: ["GitHub"], incidents: [], clocks: [], availability: [],
            impactWindows: [])
        #expect(MermaidGantt.render(empty) == nil)
    }
}
