import Foundation
import IncidentModel
import Ingest
import TestSupport
import Testing

/// The repository's own `Fixtures/` (written for this project) and `Tests/HostileInputs/`.
@Suite struct RepositoryFixtureTests {
    let reader = IncidentReader()

    func read(_ relative: String) throws -> ReadResult {
        reader.read(try Data(contentsOf: FixturePaths.fixture(relative)), file: relative)
    }

    func hostile(_ name: String) throws -> ReadResult {
        let url = FixturePaths.packageRoot.appendingPathComponent("Tests/HostileInputs/\(name)")
        return reader.read(try Data(contentsOf: url), file: name)
    }

    @Test func everyStatusPageExportReads() throws {
        let expected: [String: SourceFormat] = [
            "aggregator/kustomer-2025-01-10.txt": .aggregatorText, "aws/data.json": .awsHealthJSON,
            "google-cloud/incidents.json": .googleCloudJSON, "incidentio/summary.json": .incidentioJSON,
            "lambstatus/history.rss": .genericRSS, "statuspage-json/incident-n7kq2p9d4xw1.json": .statuspageJSON,
            "statuspage-json/incidents.json": .statuspageJSON, "statuspage-json/summary.json": .statuspageJSON,
            "statuspage/acme-cloud-history.html": .statuspageHistoryPage,
            "statuspage/acme-cloud-index.html": .statuspageHomePage,
            "statuspage/kustomer-2025-01-10-incident.html": .statuspageIncidentPage,
            "statuspage/kustomer-history.atom": .statuspageAtom, "statuspage/kustomer-history.rss": .statuspageRSS,
            "statuspage/legacy-2014.rss": .statuspageRSS,
        ]
        for (file, format) in expected {
            let result = try read(file)
            #expect(result.failure == nil, "\(result.failure?.message ?? "")")
            #expect(result.format == format, "\(file)")
            #expect(!result.incidents.isEmpty, "\(file)")
        }
    }

    @Test func kustomerDetailPage() throws {
        let incident = try #require(try read("statuspage/kustomer-2025-01-10-incident.html").incidents.first)
        #expect(incident.id == "tz8q4m1c7k2v")
        #expect(incident.vendor == "Kustomer")
        #expect(incident.impact == .minor)
        #expect(incident.components == ["Kustomer Voice", "Channel - Chat", "Routing"])
        #expect(
            incident.updates.map(\.label) == [
                "Investigating", "Identified", "Update", "Investigating", "Monitoring", "Resolved",
            ])
        #expect(
            incident.updates.map(\.status) == [
                .investigating, .identified, .identified, .investigating, .monitoring, .resolved,
            ])
        #expect(
            incident.updates.map { $0.written.exact?.timeIntervalSince1970 } == [
                1_736_527_020, 1_736_528_640, 1_736_530_320, 1_736_530_620, 1_736_532_780, 1_736_533_800,
            ])
        #expect(incident.updates.first?.written.text == "Jan 10, 2025 - 16:37 UTC")
        let postmortem = try #require(incident.postmortem)
        #expect(postmortem.posted?.exact == Date(timeIntervalSince1970: 1_738_771_800))
        let timeline = try #require(postmortem.sections.first { $0.heading.contains("Timeline") })
        #expect(timeline.lines.contains { $0.text.hasPrefix("9:48 AM") })
    }

    @Test func kustomerFeedsAgreeAndMarkTheMaintenance() throws {
        let rss = try read("statuspage/kustomer-history.rss")
        let atom = try read("statuspage/kustomer-history.atom")
        #expect(
            rss.incidents.map(\.id) == [
                "p9k4ze3wa1nd", "r6y2gb8ht0fm", "c1v7np4kx9hb", "tz8q4m1c7k2v", "m5c0hr2d9wqs", "j0w3sd6pf8ln",
            ])
        #expect(atom.incidents.map(\.id) == rss.incidents.map(\.id))
        #expect(atom.incidents.map { $0.updates.map(\.label) } == rss.incidents.map { $0.updates.map(\.label) })
        let maintenance = try #require(rss.incidents.first { $0.id == "c1v7np4kx9hb" })
        #expect(maintenance.isMaintenance)
        #expect(maintenance.updates.map(\.status) == [.scheduled, .inProgress, .verifying, .completed])
        #expect(maintenance.declaredStart != nil)
        let search = try #require(atom.incidents.first { $0.id == "r6y2gb8ht0fm" })
        #expect(search.updates.map(\.status) == [.investigating, .investigating, .monitoring, .resolved])
        let open = try #require(rss.incidents.first { $0.id == "p9k4ze3wa1nd" })
        #expect(!open.updates.contains { $0.status.isTerminal })
        let seed = try #require(atom.incidents.first { $0.id == "tz8q4m1c7k2v" })
        #expect(seed.updates.last?.written.context.anchor == Date(timeIntervalSince1970: 1_736_533_800))
    }

    @Test func acmeHomeAndHistoryPages() throws {
        let home = try read("statuspage/acme-cloud-index.html")
        #expect(home.incidents.allSatisfy { $0.vendor == "Acme Cloud" })
        let storage = try #require(home.incidents.first { $0.id == "f2r7nb5yk3jq" })
        #expect(storage.updates.map(\.status) == [.investigating, .identified, .identified, .monitoring, .resolved])
        #expect(storage.postmortem != nil)
        #expect(storage.updates.allSatisfy { $0.written.context.year == 2025 })
        let maintenance = try #require(home.incidents.first { $0.id == "b9s5lw2hq7ry" })
        #expect(maintenance.isMaintenance)
        #expect(maintenance.updates.map(\.status) == [.scheduled, .inProgress, .completed])
        let metrics = try #require(home.incidents.first { $0.id == "t6m1xc8gv4pd" })
        #expect(metrics.updates.first?.written.text.hasSuffix("23:20 PST") == true)
        let history = try read("statuspage/acme-cloud-history.html")
        let api = try #require(history.incidents.first { $0.id == "q8v3kx1m2n7t" })
        #expect(api.declaredStart?.text == "Jan 14, 00:17 - 01:30 UTC")
        #expect(api.declaredStart?.context.year == 2025)
    }

    @Test func northwindJSON() throws {
        let list = try read("statuspage-json/incidents.json")
        let latency = try #require(list.incidents.first { $0.id == "n7kq2p9d4xw1" })
        #expect(latency.updates.map(\.status) == [.investigating, .identified, .investigating, .monitoring, .resolved])
        #expect(latency.declaredStart?.exact == MachineDate.utc(2025, 1, 21, 14, 2, 0))
        #expect(latency.pageZone == "America/New_York")
        let late = try #require(list.incidents.first { $0.id == "r2vx8l5m0qsd" })
        #expect(late.updates.first?.written.exact == MachineDate.utc(2025, 1, 8, 16, 45, 0))
        let summary = try read("statuspage-json/summary.json")
        #expect(summary.incidents.map(\.id) == ["a5q0w9e3rlud"])
        #expect(summary.incidents.first?.publicResolved == nil)
    }

    @Test func otherProviders() throws {
        let google = try read("google-cloud/incidents.json")
        let storage = try #require(google.incidents.first { $0.id == "Xk3pQ9vRt2LmN8wYz5aB" })
        #expect(storage.postmortem?.posted?.exact == MachineDate.utc(2025, 1, 24, 1, 18, 40))
        #expect(storage.declaredStart?.exact == MachineDate.utc(2025, 1, 15, 16, 40, 0))
        let aws = try read("aws/data.json")
        let sqs = try #require(aws.incidents.first { $0.id == "sqs-us-east-1_1737090322" })
        #expect(sqs.updates.last?.written.text.hasPrefix("Jan 17,") == true)
        #expect(sqs.updates.first?.written.context.anchor == Date(timeIntervalSince1970: 1_737_090_322))
        let incidentIO = try read("incidentio/summary.json")
        #expect(incidentIO.incidents.map(\.id) == ["01JJSKNMD0WCRFEQJHMNF5F5M7", "01JJRNFAH0T0DMYFV00YC9GY5C"])
        let lamb = try read("lambstatus/history.rss")
        #expect(lamb.incidents.first { $0.id == "9QxR2mLk7TsA" }?.isMaintenance == true)
        let legacy = try read("statuspage/legacy-2014.rss")
        #expect(legacy.incidents.first { $0.id == "f9d2hs6lx0cb" }?.postmortem != nil)
        let aggregator = try read("aggregator/kustomer-2025-01-10.txt")
        let seed = try #require(aggregator.incidents.first)
        #expect(seed.vendor == "Kustomer")
        #expect(seed.title == "Delays in Routing, Business Rules and Conversation Assistants")
        #expect(seed.updates.count == 6)
        #expect(seed.postmortem?.sections.contains { $0.heading == "Timeline" } == true)
    }

    @Test func hostileInputsFailClearly() throws {
        #expect(try hostile("empty.json").failure?.reason == "the input is empty")
        #expect(try hostile("junk.bin").failure?.reason.contains("binary") == true)
        let truncated = try hostile("truncated.atom").failure
        #expect(truncated?.place.line == 19)
        #expect(truncated?.message.contains("\n") == false)
        let invalid = try hostile("invalid-utf8.rss").failure
        #expect(invalid?.reason.contains("UTF-8") == true)
        #expect(invalid?.message.contains("\n") == false)
        let bomb = try hostile("entity-bomb.xml")
        #expect(bomb.incidents.isEmpty)
        #expect(bomb.failure != nil)
        let external = try hostile("external-entity.xml")
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for incident in external.incidents {
            #expect(hostname.map { !$0.isEmpty && incident.title.contains($0) } != true)
        }
        let deep = try hostile("deep-nesting.html").failure
        #expect(deep?.reason.contains("incident-name") == true)
        let absurd = try hostile("absurd-dates.json")
        #expect(absurd.failure == nil)
        // February 31 is not a date: that field gives no instant rather than a shifted one.
        let instants = absurd.incidents.flatMap(\.updates).map(\.written.exact)
        #expect(instants.contains(nil))
    }
}
