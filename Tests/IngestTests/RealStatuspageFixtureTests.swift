import Foundation
import IncidentModel
import Ingest
import TestSupport
import Testing

@Suite(.enabled(if: SharedFixture.available, "needs ../shared/fixtures"))
struct RealStatuspageFixtureTests {
    @Test func everyRealFileReadsWithoutAFailure() throws {
        let files = SharedFixture.allFiles()
        #expect(files.count > 1300)
        for file in files {
            let result = try SharedFixture.read(file)
            #expect(result.failure == nil, "\(result.failure?.message ?? "")")
            #expect(result.format != nil, "\(file)")
            // The /history page copy covers months with no incidents, and the 1Password home page
            // is a control with none; every other file has some.
            if !["statuspage/streamyard-history.html", "statuspage/1password-index-2021.html"].contains(file) {
                #expect(!result.incidents.isEmpty, "\(file) gave no incidents")
            }
            for incident in result.incidents {
                #expect(!incident.id.isEmpty, "\(file): an incident without an id")
                #expect(!incident.vendor.isEmpty || file.contains("385190"), "\(file): \(incident.id) has no vendor")
            }
        }
    }

    @Test func digitalOceanRSSAndAtomCarryTheSameIncidentsAndLabels() throws {
        let rss = try SharedFixture.read("statuspage/digitalocean-history-2020-01-23.rss")
        let atom = try SharedFixture.read("statuspage/digitalocean-history-2020-01-23.atom")
        #expect(rss.format == .statuspageRSS)
        #expect(atom.format == .statuspageAtom)
        #expect(rss.incidents.count == 25)
        #expect(atom.incidents.count == 25)
        #expect(rss.incidents.map(\.id) == atom.incidents.map(\.id))
        #expect(rss.incidents.map { $0.updates.map(\.label) } == atom.incidents.map { $0.updates.map(\.label) })
        #expect(
            rss.incidents.map { $0.updates.map(\.written.text) }
                == atom.incidents.map { $0.updates.map(\.written.text) })
        #expect(rss.incidents.allSatisfy { $0.vendor == "DigitalOcean" })
    }

    @Test func detailPageUpdatesCarryUnixMillisecondsAndTheDisplayedText() throws {
        for file in [
            "statuspage/digitalocean-incident-d0glfj89j57y.html", "statuspage/digitalocean-incident-d0glfj89j57y.mhtml",
        ] {
            let result = try SharedFixture.read(file)
            #expect(result.format == .statuspageIncidentPage)
            let incident = try #require(result.incidents.first)
            #expect(incident.id == "d0glfj89j57y")
            #expect(incident.vendor == "DigitalOcean")
            #expect(incident.impact == .minor)
            #expect(incident.components == ["Regions (SGP1)", "Services (Spaces)"])
            #expect(incident.updates.map(\.label) == ["Investigating", "Identified", "Monitoring", "Resolved"])
            #expect(
                incident.updates.map(\.written.exact)
                    == [1_576_923_806, 1_576_927_029, 1_576_929_686, 1_576_931_508].map {
                        Date(timeIntervalSince1970: TimeInterval($0))
                    })
            #expect(
                incident.updates.map(\.written.text) == [
                    "Dec 21, 2019 - 10:23 UTC", "Dec 21, 2019 - 11:17 UTC", "Dec 21, 2019 - 12:01 UTC",
                    "Dec 21, 2019 - 12:31 UTC",
                ])
            #expect(incident.updates.allSatisfy { $0.written.exactField == "data-datetime-unix" })
            #expect(incident.publicResolved == Date(timeIntervalSince1970: 1_576_931_508))
        }
    }

    @Test func githubAtomCarriesStatusForwardOverUpdateLabels() throws {
        let result = try SharedFixture.read("statuspage/githubstatus-history.atom")
        let updates = result.incidents.flatMap(\.updates)
        let labelled = updates.filter { $0.label == "Update" }
        #expect(labelled.count == 112)
        #expect(updates.filter { $0.label == "Investigating" }.count == 25)
        for incident in result.incidents {
            for (index, update) in incident.updates.enumerated() where update.label == "Update" {
                let previous = index > 0 ? incident.updates[index - 1].status : Status.investigating
                #expect(update.status == previous, "\(incident.id) update \(index)")
            }
        }
    }

    @Test func atomIdIsTheURLCodeNotTheNumericId() throws {
        let result = try SharedFixture.read("statuspage/streamyard-history.atom")
        #expect(result.incidents.first?.id == "l4222m9bmd6k")
        #expect(result.incidents.allSatisfy { !$0.id.allSatisfy(\.isNumber) })
        let rss = try SharedFixture.read("statuspage/streamyard-history.rss")
        #expect(rss.incidents.map(\.id) == result.incidents.map(\.id))
    }

    @Test func feedTimesKeepTheTextAndThePublishedAnchor() throws {
        let result = try SharedFixture.read("statuspage/streamyard-history.atom")
        let incident = try #require(result.incidents.first)
        let newest = try #require(incident.updates.last)
        #expect(newest.written.text == "Feb 8, 09:00 UTC")
        #expect(newest.written.exact == nil)
        #expect(newest.written.context.anchor == Date(timeIntervalSince1970: 1_707_382_814))
        #expect(newest.written.context.anchorIsNewest)
        #expect(newest.written.place.element?.hasPrefix("entry[1]/content/p[") == true)
        #expect(newest.written.place.line != nil)
    }

    @Test func maintenancesAreMarked() throws {
        let symantec = try SharedFixture.read("statuspage/symantec-wss-history-2020-01-02.atom")
        let first = try #require(symantec.incidents.first)
        #expect(first.isMaintenance)
        #expect(first.declaredStart?.text == "Jan 9, 14:00 - 18:00 UTC")
        let digitalOcean = try SharedFixture.read("statuspage/digitalocean-history-2020-01-23.atom")
        let maintenance = try #require(digitalOcean.incidents.first { $0.id == "2wlj58j7f1m9" })
        #expect(maintenance.isMaintenance)
        #expect(maintenance.updates.allSatisfy { $0.status.isMaintenance })
        #expect(digitalOcean.incidents.first { $0.id == "lvyhmpwhvdt4" }?.isMaintenance == false)
    }

    @Test func homePageTakesTheYearFromTheDayGroup() throws {
        let result = try SharedFixture.read("statuspage/box-index-2021.html")
        #expect(result.format == .statuspageHomePage)
        let incident = try #require(result.incidents.first { $0.id == "p05rv37fmp9l" })
        #expect(incident.vendor == "Box")
        #expect(incident.impact == .major)
        #expect(incident.updates.last?.written.text == "Jan 8, 14:03 PST")
        #expect(incident.updates.allSatisfy { $0.written.context.year == 2021 })
        #expect(incident.updates.first?.written.context.dateHeading == "Jan 8, 2021")
        #expect(incident.postmortem?.posted?.text == "Jan 14, 08:53 PST")
        let binary = try SharedFixture.read("statuspage/binarycom-index-2021.html")
        #expect(binary.incidents.first?.updates.map(\.status) == [.scheduled, .inProgress, .completed])
    }

    @Test func oldFeedMarkupAndItsMarkdownPostmortem() throws {
        let result = try SharedFixture.read("statuspage/parse-history-2014.rss")
        #expect(result.incidents.first?.updates.last?.written.text == "Jan 1, 09:09 PST")
        let postmortem = try #require(result.incidents.compactMap(\.postmortem).first)
        #expect(postmortem.sections.first?.heading.hasPrefix("Summary of the December 24") == true)
        #expect(postmortem.posted?.text == "Dec 26, 10:22 PST")
    }
}
