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

    @Test func markupAndFenceCharactersInTitlesAreEntityCodes() {
        let hostile = "<img src=x onerror=alert(1)> & <script>x</script> ```"
        let name = MermaidGantt.taskName(hostile, fallback: "x")
        #expect(!name.contains("<") && !name.contains(">") && !name.contains("`"))
        #expect(name.hasPrefix("#60;img src=x onerror=alert#40;1#41;#62; #38; #60;script#62;"))
        #expect(name.hasSuffix("#96;#96;#96;"))
        #expect(MermaidGantt.escape("A & B", keepParentheses: true) == "A #38; B")
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

    @Test func incidentsWithoutARealWindowAreNotDrawn() throws {
        let s = SampleReport.self
        let period = try ReportPeriod.month("2025-01")
        let incidents = [
            s.simple("ok", vendor: "GitHub", start: s.at(2, 10, 0), end: s.at(2, 11, 0)),
            s.simple("open", vendor: "GitHub", start: s.at(3, 16, 32), end: nil),
            s.simple("instant", vendor: "GitHub", start: s.at(4, 16, 32), end: s.at(4, 16, 32)),
        ]
        let report = Report(
            period: period, vendors: ["GitHub"], incidents: incidents, clocks: [], availability: [], impactWindows: [])
        let chart = MermaidGantt.chart(report)
        #expect(chart.drawn == 1)
        #expect(chart.withoutWindow == 2)
        let source = try #require(chart.source)
        #expect(source.contains("2025-01-02T10:00, 2025-01-02T11:00"))
        #expect(!source.contains("16:32"))
        let text = MarkdownReport.render(report)
        #expect(text.contains("2 incidents have no known impact window"))
    }

    /// 900 incidents of three vendors, lasting 1 to 900 minutes in a shuffled order.
    static func crowded() throws -> Report {
        let s = SampleReport.self
        let vendors = ["Alpha", "Beta", "Gamma"]
        var incidents: [MeasuredIncident] = []
        for index in 0..<900 {
            let start = s.at(1, 0, 0, year: 2024).addingTimeInterval(Double(index) * 3_600)
            let minutes = Double((index * 7) % 900 + 1)
            incidents.append(
                s.simple(
                    "i\(index)", vendor: vendors[index % 3], start: start, end: start.addingTimeInterval(minutes * 60),
                    title: "A fairly long incident title number \(index) about errors"))
        }
        return Report(
            period: .all, vendors: vendors, incidents: incidents, clocks: [], availability: [], impactWindows: [])
    }

    @Test func aLargeChartStaysUnderTheLimitDrawingTheLongestImpactsFirst() throws {
        let report = try Self.crowded()
        let chart = MermaidGantt.chart(report)
        let source = try #require(chart.source)
        #expect(source.utf16.count <= MermaidGantt.maximumCharacters)
        #expect(chart.leftOutForSize > 0)
        #expect(chart.drawn + chart.leftOutForSize == 900)
        let tasks = source.split(separator: "\n").filter { $0.contains(" :") }
        #expect(tasks.count == chart.drawn)
        // Every bar drawn lasts at least as long as every incident left out.
        let pattern = /(\d{4}-\d\d-\d\dT\d\d:\d\d), (\d{4}-\d\d-\d\dT\d\d:\d\d)$/
        func instant(_ text: Substring) throws -> Date {
            try #require(try ReportPeriod.range(from: String(text) + ":00Z", to: nil).start)
        }
        var starts: [(section: String, start: Date)] = []
        var section = ""
        var shortestDrawn = Double.infinity
        for line in source.split(separator: "\n") {
            if line.hasPrefix("    section ") { section = String(line.dropFirst(12)) }
            guard let match = line.firstMatch(of: pattern) else { continue }
            let (start, end) = (try instant(match.output.1), try instant(match.output.2))
            shortestDrawn = min(shortestDrawn, end.timeIntervalSince(start) / 60)
            starts.append((section, start))
        }
        #expect(shortestDrawn == Double(chart.leftOutForSize + 1))
        // Sections stay per vendor, in order, each in time order.
        let sections = source.split(separator: "\n").filter { $0.hasPrefix("    section ") }
        #expect(sections == ["    section Alpha", "    section Beta", "    section Gamma"])
        for name in ["Alpha", "Beta", "Gamma"] {
            let own = starts.filter { $0.section == name }.map(\.start)
            #expect(own == own.sorted(), "\(name) is not in time order")
        }
        let text = MarkdownReport.render(report)
        #expect(
            text.contains(
                "The chart draws the \(chart.drawn) longest impacts of the 900 incidents with a known impact window "
                    + "(\(chart.leftOutForSize) left out), so that it stays under 40,000 characters"))
        #expect(!text.contains("no known impact window ("))
    }

    @Test func aChartThatFitsLeavesNothingOut() throws {
        let chart = MermaidGantt.chart(try SampleReport.january())
        #expect(chart.drawn == 3)
        #expect(chart.leftOutForSize == 0)
        #expect(chart.withoutWindow == 0)
        #expect(!MarkdownReport.render(try SampleReport.january()).contains("longest impacts"))
    }
}
