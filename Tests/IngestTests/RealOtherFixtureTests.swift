import Foundation
import IncidentModel
import Ingest
import TestSupport
import Testing

@Suite(.enabled(if: SharedFixture.available, "needs ../shared/fixtures"))
struct RealOtherFixtureTests {
    @Test func githubIncidentFolderGivesEveryIncidentAndUpdate() throws {
        var incidents = 0
        var updates = 0
        for file in SharedFixture.allFiles(under: "statuspage-json/github-incidents") {
            let result = try SharedFixture.read(file)
            #expect(result.failure == nil)
            #expect(result.format == .statuspageJSON)
            incidents += result.incidents.count
            updates += result.incidents.map(\.updates.count).reduce(0, +)
            for incident in result.incidents {
                #expect(
                    incident.updates.allSatisfy { $0.written.exact != nil && $0.written.exactField == "display_at" })
            }
        }
        #expect(incidents == 1282)
        #expect(updates == 2801)
    }

    @Test func statuspageJSONUsesDisplayAtAndMergesComponents() throws {
        let legacy = try #require(
            try SharedFixture.read("statuspage-json/githubstatus-incident-6swlsy1h3wy9.json").incidents.first)
        #expect(legacy.updates.count == 1)
        #expect(legacy.updates[0].written.exact == MachineDate.utc(2018, 10, 21, 23, 9, 19))
        #expect(legacy.updates[0].body.contains("<") == false)
        #expect(legacy.declaredStart?.exactField == "started_at")
        let empty = try #require(
            try SharedFixture.read("statuspage-json/githubstatus-incident-rgy28jwprr1c.json").incidents.first)
        #expect(empty.components == ["Notifications"])
        #expect(empty.updates.map(\.status) == [.investigating, .identified, .monitoring, .resolved])
        #expect(empty.pageZone == "Etc/UTC")
        let renamed = try #require(
            try SharedFixture.read("statuspage-json/githubstatus-incident-lc8s9rtyjmgq.json").incidents.first)
        #expect(renamed.components.contains("Actions") && renamed.components.contains("GitHub Actions"))
        let nulls = try SharedFixture.read("statuspage-json/githubstatus-incident-xvk42jkm6fzk.json")
        #expect(nulls.incidents.first?.updates.count == 4)
        let summary = try SharedFixture.read("statuspage-json/githubstatus-summary-active-incident.json")
        #expect(summary.incidents.first?.updates.count == 35)
        #expect(summary.incidents.first?.id == "zkxwbgr0cnmx")
    }

    @Test func incidentIOSummaryIsToldApart() throws {
        let result = try SharedFixture.read("incidentio/openai-summary.json")
        #expect(result.format == .incidentioJSON)
        #expect(result.incidents.count == 2)
        #expect(result.incidents.allSatisfy { $0.vendor == "OpenAI" && $0.sourceFormat == .incidentioJSON })
        #expect(result.incidents.first?.updates.first?.written.exact == MachineDate.utc(2026, 9, 29, 17, 52, 52))
    }

    @Test func googleCloudJSONAndAtom() throws {
        let json = try SharedFixture.read("google-cloud/incidents.json")
        #expect(json.format == .googleCloudJSON)
        #expect(json.incidents.count == 157)
        let reported = try #require(json.incidents.first { $0.id == "fc7GCA6kAgnBihezUAkx" })
        #expect(reported.postmortem?.text.hasPrefix("# Incident Report") == true)
        #expect(reported.postmortem?.sections.first?.heading == "Incident Report")
        #expect(reported.updates.count == 5)
        #expect(reported.updates.last?.status == .resolved)
        #expect(reported.declaredEnd?.exact == MachineDate.utc(2022, 6, 15, 0, 43, 0))
        let atom = try SharedFixture.read("google-cloud/feed-atom-2022-04-01.saved.txt")
        #expect(atom.format == .googleCloudAtom)
        let entry = try #require(atom.incidents.first)
        #expect(entry.id == "B1hD4KAtcxiyAWkcANfV")
        #expect(entry.updates.first?.status == .resolved)
        #expect(entry.declaredStart?.text == "2022-03-31 08:30")
        #expect(entry.declaredStart?.context.pageZone == "US/Pacific")
        #expect(entry.place.line == 14)
        let matching = try #require(json.incidents.first { $0.id == entry.id })
        #expect(matching.declaredStart?.exact == MachineDate.utc(2022, 3, 31, 15, 30, 0))
    }

    @Test func awsLinesAreAnchoredOnTheEventDate() throws {
        let result = try SharedFixture.read("aws/health-dashboard-data.json")
        #expect(result.format == .awsHealthJSON)
        #expect(result.incidents.count == 86)
        let eks = try #require(result.incidents.first { $0.id == "eks-us-east-1_1628306280" })
        #expect(eks.updates.first?.written.text == "8:18 PM PDT")
        #expect(eks.updates.first?.written.context.anchor == Date(timeIntervalSince1970: 1_628_306_280))
        #expect(eks.updates.contains { $0.written.text == "Aug 7, 12:27 AM PDT" })
        #expect(eks.updates.last?.status == .resolved)
    }

    @Test func lambStatusFeed() throws {
        let result = try SharedFixture.read("lambstatus/demo-status-history.rss")
        #expect(result.format == .genericRSS)
        #expect(result.incidents.map(\.isMaintenance) == [true, false, false])
        #expect(result.incidents[1].updates.first?.written.text == "May 13, 2017, 06:41 UTC")
    }

    @Test func aggregatorSeedSplitsTheFlattenedPostmortem() throws {
        let url = try #require(
            FixturePaths.shared?.deletingLastPathComponent().appendingPathComponent("seed/kustomer-2025-01-10.txt"))
        let result = IncidentReader().read(try Data(contentsOf: url), file: "seed.txt")
        #expect(result.format == .aggregatorText)
        let incident = try #require(result.incidents.first)
        #expect(incident.vendor == "Kustomer")
        #expect(incident.impact == .minor)
        #expect(
            incident.updates.map(\.status) == [
                .investigating, .identified, .identified, .investigating, .monitoring, .resolved,
            ])
        #expect(incident.updates.first?.written.text == "Jan 10, 2025, 04:37 PM UTC")
        #expect(incident.updates.first?.written.place.line == 4)
        let postmortem = try #require(incident.postmortem)
        #expect(postmortem.posted?.text == "Feb 05, 2025, 04:10 PM UTC")
        #expect(
            postmortem.sections.map(\.heading) == [
                "Post Mortem: Traffic Surge and Scaling Issues on 1-10-2025", "Summary", "Root Cause", "Timeline",
                "Lessons/Improvements",
            ])
        let timeline = try #require(postmortem.sections.first { $0.heading == "Timeline" })
        #expect(timeline.lines.first?.text == "Jan 10, 2025")
        #expect(timeline.lines.first?.kind == .paragraph)
        #expect(timeline.lines.count == 7)
        #expect(timeline.lines[1].kind == .listItem)
        #expect(timeline.lines[1].text.hasPrefix("9:48 AM EST - A significant increase"))
        #expect(timeline.lines[4].text.hasPrefix("10:52 AM - 12:55 PM EST - "))
    }

    @Test func pageTextExcerptsAreReadAsFarAsTheyGo() throws {
        let full = try SharedFixture.read("statuspage-text/kustomer-incident-gsb2d1xmm6j4.excerpt.txt")
        #expect(full.format == .aggregatorText)
        let incident = try #require(full.incidents.first)
        #expect(incident.title == "[WORKFLOWS + ROUTING] Delays in processing Prod 2")
        #expect(incident.vendor == "Kustomer")
        #expect(incident.postmortem?.posted?.text == "Oct 16, 2025 - 12:42 EDT")
        #expect(incident.postmortem?.sections.map(\.heading) == ["Summary", "Impact", "Next Steps"])
        #expect(incident.updates.map(\.label) == ["Resolved"])
        #expect(incident.diagnostics.map(\.code) == ["ingest.truncated"])
        let cut = try SharedFixture.read("statuspage-text/kustomer-incident-db2vnkr8vqtw.excerpt.txt")
        #expect(cut.incidents.first?.updates.isEmpty == true)
        #expect(cut.incidents.first?.postmortem?.posted == nil)
        let pingoru = try SharedFixture.read("pingoru-text/pingoru-kustomer-65742.excerpt.txt")
        #expect(pingoru.incidents.first?.updates.count == 3)
        #expect(pingoru.incidents.first?.components == ["Workflow"])
    }
}

/// UTC instants for expectations.
enum MachineDate {
    /// The instant of a UTC civil time.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(
            from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
    }
}
