import Foundation
import IncidentModel
import Metrics
import Testing

@Suite struct CommunicationTests {
    let reader = PromiseReader()

    @Test(arguments: [
        ("Please expect additional updates within the next 30 minutes.", 30.0),
        ("We will share an update in an hour.", 60),
        ("Investigating. Next update in 2 hours.", 120),
        ("We will provide more information within the next hour.", 60),
        ("Expect an update in 30-60 minutes.", 60),
        ("We will post updates every 15 minutes.", 15),
        ("Next update in half an hour.", 30),
    ])
    func relativePromises(text: String, minutes: Double) {
        #expect(reader.promise(in: text)?.minutes == minutes)
    }

    @Test func timesThatAreNotPromisesAreIgnored() {
        #expect(reader.promise(in: "The fix rolls out in 2 hours.") == nil)
        #expect(reader.promise(in: "Errors started 30 minutes ago. We will update soon.") == nil)
    }

    @Test func deadlinePromiseFromTheReconciledTimeline() throws {
        let sentence = "Next update by 07:50 US/Pacific"
        let updates = [
            TestTimes.update(
                .investigating, at: TestTimes.seed("14:10"), body: "Looking into it. \(sentence).", number: 0),
            TestTimes.update(.resolved, at: TestTimes.seed("15:00"), body: "Fixed.", number: 1),
        ]
        let incident = Incident(
            id: "d", vendor: "V", sourceFormat: .googleCloudJSON, place: SourcePlace(file: "d.json"), title: "t",
            updates: updates, timeline: [TestTimes.entry(.updateBody, sentence, at: TestTimes.seed("14:50"))])
        let summary = CommunicationAnalyzer().analyze(incident)
        let promise = try #require(summary.promises.first)
        #expect(summary.promises.count == 1)
        #expect(promise.withinMinutes == 40)
        #expect(promise.broken)
        #expect(summary.maxGapMinutes == 50)
    }

    @Test func lastPromiseWithoutNextUpdateIsUndecided() throws {
        let incident = Incident(
            id: "o", vendor: "V", sourceFormat: .statuspageJSON, place: SourcePlace(file: "o.json"), title: "t",
            updates: [
                TestTimes.update(
                    .investigating, at: TestTimes.seed("10:00"), body: "Next update within 30 minutes.", number: 0)
            ])
        let summary = CommunicationAnalyzer().analyze(incident)
        let promise = try #require(summary.promises.first)
        #expect(promise.nextUpdate == nil && !promise.broken)
        #expect(summary.updateCount == 1 && summary.maxGapMinutes == nil)
    }

    @Test func graceMinuteKeepsAPromiseMadeToTheMinute() {
        let body = "Next update within 30 minutes."
        let incident = Incident(
            id: "g", vendor: "V", sourceFormat: .statuspageJSON, place: SourcePlace(file: "g.json"), title: "t",
            updates: [
                TestTimes.update(.investigating, at: TestTimes.instant("2025-01-10T10:00:00Z"), body: body, number: 0),
                TestTimes.update(.identified, at: TestTimes.instant("2025-01-10T10:30:40Z"), body: body, number: 1),
                TestTimes.update(.monitoring, at: TestTimes.instant("2025-01-10T11:01:41Z"), body: body, number: 2),
            ])
        let promises = CommunicationAnalyzer().analyze(incident).promises
        #expect(promises.map(\.broken) == [false, true, false])
    }
}
