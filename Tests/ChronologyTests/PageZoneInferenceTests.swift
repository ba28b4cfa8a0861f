import Chronology
import Foundation
import IncidentModel
import Testing
import Utilities

/// T5: a time with no zone in a feed, home page, AWS or postmortem body is read in the zone its
/// paragraph writes, else the page's zone inferred from the incident's own stamps, not UTC.
@Suite struct PageZoneInferenceTests {
    func body(_ result: Incident) -> [TimelineEntry] { result.timeline.filter { $0.source == .updateBody } }

    @Test(arguments: [
        (["PDT", "PST", "PDT"], "America/Los_Angeles", ["PDT", "PST"]),
        (["EST"], "America/New_York", ["EST"]),
        (["UTC", "UTC"], "UTC", ["UTC"]),
        (["GMT+08:00"], "GMT+08:00", ["GMT+08:00"]),
        (["JST", "JST"], "JST", ["JST"]),
        (["CST"], "CST", ["CST"]),
        (["CST", "CDT"], "America/Chicago", ["CST", "CDT"]),
        (["HST"], "HST", ["HST"]),
        (["CEST", "CET"], "Europe/Berlin", ["CEST", "CET"]),
        (["GMT", "BST"], "Europe/London", ["GMT", "BST"]),
        (["UTC", "PDT", "UTC"], "UTC", ["UTC"]),
        (["EST", "UTC"], "America/New_York", ["EST"]),
        (["ET"], "America/New_York", ["ET"]),
    ])
    func zoneFromStampLabels(labels: [String], zone: String, members: [String]) throws {
        let inferred = try #require(InferredPageZone.infer(fromStampLabels: labels))
        #expect(inferred.zone == zone)
        #expect(inferred.labels == members)
    }

    @Test func noZoneFromNoLabels() {
        #expect(InferredPageZone.infer(fromStampLabels: []) == nil)
        #expect(InferredPageZone.infer(fromStampLabels: ["Narnia"]) == nil)
    }

    @Test func feedBodyTakesThePageZoneOfItsStamps() throws {
        let published = Make.instant("2024-09-10T02:20:00Z")
        let incident = Make.incident(updates: [
            Make.update(
                .resolved, "Sep 9, 19:15 PDT", body: "Between 6:41pm - 6:52pm, some pages failed to render.",
                anchor: published, newest: true)
        ])
        let result = Reconciler().reconcile(incident)
        let entry = try #require(body(result).first)
        #expect(Make.iso(entry.time.instant) == "2024-09-10T01:41:00Z")
        #expect(Make.iso(entry.end?.instant) == "2024-09-10T01:52:00Z")
        #expect(entry.time.zone.basis == .page)
        #expect(entry.time.zone.identifier == "America/Los_Angeles")
        #expect(entry.time.rule.has(.pageInferred))
        let note = try #require(entry.time.diagnostics.first { $0.code == "zone.assumed" })
        #expect(note.severity == .note)
        #expect(
            note.message
                == "no zone written; read in the page's zone America/Los_Angeles, inferred from its stamps (PDT)")
        #expect(!result.diagnostics.contains { $0.message.contains("UTC assumed") })
    }

    @Test func stampsOnBothSidesOfADSTChangeReadTheBodyRegionally() throws {
        let incident = Make.incident(updates: [
            Make.update(.investigating, "Mar 9, 2024 - 22:00 PST", line: 1),
            Make.update(.resolved, "Mar 10, 2024 - 09:00 PDT", body: "Sync jobs caught up at 8:15 AM.", line: 2),
        ])
        let entry = try #require(body(Reconciler().reconcile(incident)).first)
        #expect(Make.iso(entry.time.instant) == "2024-03-10T15:15:00Z")
        #expect(entry.time.zone.offsetSeconds == -25_200)
        #expect(entry.time.diagnostics.contains { $0.message.contains("inferred from its stamps (PST, PDT)") })
    }

    @Test func homePageInEST() throws {
        let incident = Make.incident(updates: [
            Make.update(.resolved, "Feb 3, 2022 - 16:00 EST", body: "Alerts were late from 4:12pm to 4:25pm.")
        ])
        let result = Reconciler().reconcile(incident)
        let entry = try #require(body(result).first)
        #expect(Make.iso(entry.time.instant) == "2022-02-03T21:12:00Z")
        #expect(Make.iso(entry.end?.instant) == "2022-02-03T21:25:00Z")
        #expect(entry.time.zone.identifier == "America/New_York")
        // Read in the page's zone, the window starts after the update that reports it (T5).
        #expect(result.diagnostics.contains { $0.code == "body.after-posting" })
    }

    @Test func awsLinesInPDT() throws {
        let first = Make.instant("2022-05-03T15:10:00Z")
        let incident = Make.incident(updates: [
            Make.update(.investigating, " 8:10 AM PDT", body: "We are looking into failed launches.", anchor: first),
            Make.update(.resolved, "11:40 AM PDT", body: "By 9:20 AM, launches had recovered.", anchor: first),
        ])
        let entry = try #require(body(Reconciler().reconcile(incident)).first)
        #expect(Make.iso(entry.time.instant) == "2022-05-03T16:20:00Z")
        #expect(entry.time.rule.has(.pageInferred))
    }

    @Test func aStampWithoutAZoneBesideStampsWithOne() {
        let incident = Make.incident(updates: [
            Make.update(.investigating, "Jun 2, 2024 - 10:00 EDT", line: 1),
            Make.update(.resolved, "Jun 2, 2024 - 11:30", line: 2),
        ])
        let result = Reconciler().reconcile(incident)
        #expect(Make.iso(result.updates[1].resolved?.instant) == "2024-06-02T15:30:00Z")
        #expect(result.updates[1].resolved?.rule.has(.pageInferred) == true)
    }

    @Test func postmortemLinesOfAStatusPagePostmortem() {
        let postmortem = Make.postmortem(lines: [
            "On December 2, 2023 at 9:12 A.M. the queue backed up.", "By 10:40 the queue had drained.",
        ])
        let incident = Make.incident(
            updates: [
                Make.update(.investigating, "Dec 2, 2023 - 10:05 PST", line: 1),
                Make.update(.resolved, "Dec 2, 2023 - 11:00 PST", line: 2),
            ], postmortem: postmortem)
        let lines = Reconciler().reconcile(incident).timeline.filter { $0.source == .postmortem }
        #expect(lines.map { Make.iso($0.time.instant) } == ["2023-12-02T17:12:00Z", "2023-12-02T18:40:00Z"])
        #expect(lines.allSatisfy { $0.time.zone.identifier == "America/Los_Angeles" })
    }

    @Test func aZoneWrittenInTheSameParagraph() throws {
        // The stamps are in UTC, but the paragraph writes ET: its times without a zone are ET.
        let text =
            "On March 4th 2024 at 10:15am ET, the inbox stopped loading. At 1:05pm, the cache was rebuilt."
            + "\nAt 2:30pm the last queue drained."
        let incident = Make.incident(updates: [Make.update(.resolved, "Mar 4, 2024 - 21:00 UTC", body: text)])
        let times = body(Reconciler().reconcile(incident))
        let rebuilt = try #require(times.first { $0.time.written.text == "1:05pm" })
        #expect(Make.iso(rebuilt.time.instant) == "2024-03-04T18:05:00Z")
        #expect(rebuilt.time.rule.has(.paragraph))
        #expect(rebuilt.time.zone.label == "ET")
        #expect(
            rebuilt.time.diagnostics.contains {
                $0.message
                    == "no zone written; read in ET, written on \"March 4th 2024 at 10:15am ET\" in the same paragraph"
            })
        // The next paragraph writes no zone: the page's zone (UTC, from the stamp) reads it.
        let drained = try #require(times.first { $0.time.written.text == "2:30pm" })
        #expect(Make.iso(drained.time.instant) == "2024-03-04T14:30:00Z")
        #expect(drained.time.rule.has(.pageInferred))
    }

    @Test func aZoneLaterInTheParagraphLendsToEarlierTimes() throws {
        let found = TimeExpressionReader().read(
            "Retries began at 9:40 AM and the backlog cleared by 10:05 AM PDT.",
            context: ReadingContext(place: Make.place, date: CivilDate(year: 2023, month: 6, day: 1)))
        #expect(found.map { Make.iso($0.start?.instant) } == ["2023-06-01T16:40:00Z", "2023-06-01T17:05:00Z"])
    }

    @Test func thePageZoneAndADeclarationOutrankTheParagraph() {
        let day = CivilDate(year: 2012, month: 3, day: 5)
        let reader = TimeExpressionReader()
        // A machine-format stamp in the page's zone (UTC) beside prose that writes PST.
        let page = reader.read(
            "2012-03-05 18:02:00 - the site goes read-only from 22:00 - 22:15 PST",
            context: ReadingContext(place: Make.place, pageZone: "Etc/UTC"))
        #expect(Make.iso(page.first?.start?.instant) == "2012-03-05T18:02:00Z")
        #expect(page.first?.start?.zone.basis == .page)
        let declared = reader.read(
            "All times UTC: the fault began at 07:20 (23:20 PST the night before) and ended at 08:05.",
            context: ReadingContext(place: Make.place, date: day))
        #expect(Make.iso(declared.last?.start?.instant) == "2012-03-05T08:05:00Z")
        #expect(declared.last?.start?.zone.basis == .declared)
    }

    @Test func anExplicitPageZoneStillWins() throws {
        let incident = Make.incident(
            updates: [Make.update(.resolved, "Jan 5, 2023 - 12:00 PST", body: "It recovered at 11:40.")],
            pageZone: "Etc/UTC")
        let entry = try #require(body(Reconciler().reconcile(incident)).first)
        #expect(Make.iso(entry.time.instant) == "2023-01-05T11:40:00Z")
        #expect(entry.time.rule.has(.page) && !entry.time.rule.has(.pageInferred))
    }
}
