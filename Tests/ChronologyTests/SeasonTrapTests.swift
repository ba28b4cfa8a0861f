import Chronology
import Foundation
import IncidentModel
import TestSupport
import Testing

/// T3: a standard-time label on a daylight-time date (EST in May, PST in September).
@Suite struct SeasonTrapTests {
    /// An update posted in EDT whose body writes EST, as on the May 2019 page (facts only).
    static func mayIncident() -> Incident {
        Make.incident(
            updates: [
                Make.update(
                    .monitoring, "May 15, 2019 - 15:48 EDT",
                    body: "As of 3:40pm EST the backlog drains; items from 8:19am to 12:28pm EST go out now.")
            ], pageZone: "America/New_York")
    }

    @Test func autoReadsESTInMayAsEDTWithEvidence() throws {
        let result = Reconciler().reconcile(Self.mayIncident())
        let body = result.timeline.filter { $0.source == .updateBody }
        #expect(body.map { Make.iso($0.time.instant) } == ["2019-05-15T19:40:00Z", "2019-05-15T12:19:00Z"].sorted())
        let asOf = try #require(body.first { $0.time.written.text == "3:40pm EST" })
        #expect(asOf.time.zone.basis == .regional)
        #expect(asOf.time.zone.identifier == "America/New_York")
        #expect(asOf.time.zone.offsetSeconds == -14_400)
        let note = try #require(asOf.time.diagnostics.first { $0.code == "zone.season-mismatch" })
        #expect(
            note.readings == [
                "literal EST -05:00 → 2019-05-15T20:40:00Z", "regional America/New_York -04:00 → 2019-05-15T19:40:00Z",
            ])
        #expect(note.message.contains("contradict the literal reading"))
        #expect(note.message.contains("2019-05-15T19:48:00Z"))
        let window = try #require(body.first { $0.end != nil })
        #expect(Make.iso(window.end?.instant) == "2019-05-15T16:28:00Z")
        #expect(result.diagnostics.contains { $0.code == "zone.season-mismatch" })
        #expect(!result.diagnostics.contains { $0.code == "body.after-posting" })
    }

    @Test func literalOptionKeepsTheFixedOffsetAndFlagsTheLateWindow() throws {
        let result = Reconciler(options: ReconcileOptions(zoneLabels: .literal)).reconcile(Self.mayIncident())
        let asOf = try #require(result.timeline.first { $0.time.written.text == "3:40pm EST" })
        #expect(Make.iso(asOf.time.instant) == "2019-05-15T20:40:00Z")
        #expect(asOf.time.zone.basis == .literal)
        #expect(asOf.time.diagnostics.contains { $0.message.contains("option zoneLabels=literal") })
        #expect(result.diagnostics.contains { $0.code == "body.after-posting" })
    }

    @Test func exactInstantsCanChooseTheLiteralReading() throws {
        // A page configured with a fixed -05:00 zone prints EST all summer; the machine field agrees.
        let exact = Make.instant("2024-07-01T15:00:00Z")
        let incident = Make.incident(updates: [
            Make.update(.investigating, "Jul 1, 2024 - 10:00 EST", body: "Seen since 9:30 EST.", exact: exact)
        ])
        let result = Reconciler().reconcile(incident)
        let body = try #require(result.timeline.first { $0.source == .updateBody })
        #expect(Make.iso(body.time.instant) == "2024-07-01T14:30:00Z")
        #expect(body.time.zone.basis == .literal)
        #expect(body.time.diagnostics.first { $0.code == "zone.season-mismatch" }?.message.contains("regional") == true)
        #expect(result.updates[0].resolved?.zone.basis == .exact)
    }

    @Test func summerPSTWithAMachineOffsetIsRegional() throws {
        // An old feed labels a September update PST while its pubDate says -0700.
        let exact = Make.instant("2013-09-09T22:37:21Z")
        let resolved = try #require(
            Reconciler().resolve(Make.written("Sep  9, 15:37 PST", year: 2013, exact: exact)))
        #expect(resolved.instant == exact)
        #expect(resolved.zone.basis == .exact)
        let note = try #require(resolved.diagnostics.first { $0.code == "zone.season-mismatch" })
        #expect(note.message.contains("agrees"))
        #expect(!resolved.diagnostics.contains { $0.code == "time.exact-mismatch" })
    }

    @Test(arguments: [
        ("2013-07-22T17:44:05Z", "2013-07-22T16:31:00Z"), ("2013-07-22T18:44:05Z", "2013-07-22T17:31:00Z"),
    ])
    func feedDateOfTheNewestUpdateChoosesTheReading(published: String, expectedFirst: String) {
        // A summer feed labels its lines PST; the feed date is the newest line's instant (T7).
        let anchor = Make.instant(published)
        let updates = [
            Make.update(.investigating, "Jul 22, 09:31 PST", anchor: anchor, newest: true),
            Make.update(.resolved, "Jul 22, 10:44 PST", anchor: anchor, newest: true),
        ]
        let result = Reconciler().reconcile(Make.incident(updates: updates))
        #expect(Make.iso(result.updates[0].resolved?.instant) == expectedFirst)
        let note = result.updates[0].resolved?.diagnostics.first { $0.code == "zone.season-mismatch" }
        #expect(note?.message.contains("the feed date") == true)
    }

    @Test func regionalOptionAndPageRegionWithoutDST() throws {
        let regional = Reconciler(options: ReconcileOptions(zoneLabels: .regional))
        let july = try #require(regional.resolve(Make.written("Jul 4, 2023 09:00 PST")))
        #expect(Make.iso(july.instant) == "2023-07-04T16:00:00Z")
        // MST on an Arizona page is in season all year.
        let phoenix = try #require(
            Reconciler().resolve(Make.written("Jul 4, 2023 09:00 MST", pageZone: "America/Phoenix")))
        #expect(Make.iso(phoenix.instant) == "2023-07-04T16:00:00Z")
        #expect(phoenix.diagnostics.isEmpty)
        // EDT in January is the reverse mismatch.
        let winter = try #require(Reconciler().resolve(Make.written("Jan 4, 2023 09:00 EDT")))
        #expect(Make.iso(winter.instant) == "2023-01-04T14:00:00Z")
        #expect(winter.diagnostics.contains { $0.code == "zone.season-mismatch" })
    }

    @Test(.enabled(if: FixturePaths.shared != nil, "needs ../shared/fixtures"))
    func realMayPageBodyReadsAsEDT() throws {
        let url = try #require(FixturePaths.sharedFixture("statuspage-text/kustomer-incident-l5wmtqmstflc.excerpt.txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let postedIndex = try #require(lines.firstIndex { $0.contains("15:48 EDT") })
        let body = lines[postedIndex - 1]
        let stamp = lines[postedIndex].replacingOccurrences(of: "Posted ", with: "")
        let incident = Make.incident(updates: [Make.update(.monitoring, stamp, body: body)])
        let result = Reconciler().reconcile(incident)
        let times = result.timeline.filter { $0.source == .updateBody }
        #expect(times.count == 2)
        #expect(times.allSatisfy { $0.time.zone.basis == .regional && $0.time.zone.offsetSeconds == -14_400 })
        #expect(times.contains { Make.iso($0.time.instant) == "2019-05-15T19:40:00Z" })
    }
}
