import Foundation
import Reporting
import Testing

@Suite struct JSONReportTests {
    @Test func documentHoldsTheReportsContentWithSortedKeys() throws {
        let report = try SampleReport.january()
        let text = try JSONReport.render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "postmortem-report/1")
        let incidents = try #require(object["incidents"] as? [[String: Any]])
        #expect(incidents.map { $0["id"] as? String } == ["gh-b", "kus-2025-01-10", "gh-a"])
        let kustomer = incidents[1]
        #expect(kustomer["anchor"] as? String == "incident-kustomer-kus-2025-01-10")
        let clocks = try #require(kustomer["clocks"] as? [[String: Any]])
        #expect(clocks.first { $0["clock"] as? String == "ttr" }?["minutes"] as? Double == 125)
        let timeline = try #require(kustomer["timeline"] as? [[String: Any]])
        #expect(timeline.first?["asWritten"] as? String == "09:37 EST")
        #expect(timeline.first?["instant"] as? String == "2025-01-10T14:37:00Z")
        let summaries = try #require(object["clocks"] as? [[String: Any]])
        #expect(summaries.allSatisfy { $0["mean"] == nil })
        let period = try #require(object["period"] as? [String: Any])
        #expect(period["start"] as? String == "2025-01-01T00:00:00Z")
        #expect(object["generated"] == nil)
        let keys = text.split(separator: "\n").prefix(while: { !$0.hasPrefix("  \"clocks\"") })
        #expect(keys.count > 1)
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevel == topLevel.sorted())
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        #expect(try JSONReport.render(try SampleReport.january()) == JSONReport.render(try SampleReport.january()))
    }
}
