import Foundation
import IncidentModel

/// The motivating incident of 2025-01-10, rebuilt from its facts with paraphrased wording.
///
/// Facts: updates investigating 16:37Z, identified 17:04Z, identified 17:32Z, investigating
/// 17:37Z, monitoring 18:13Z, resolved 18:30Z; postmortem timeline 14:48Z (traffic increase,
/// scale-up, failures), 15:16Z (errors, engineering alerted), 15:17Z (investigation starts),
/// 15:52Z–17:55Z (manual scaling), 18:01Z (improvement), 18:28Z (declared resolved); the summary
/// states about 3 hours; the non-final updates promise more news within 30 minutes.
enum SeedIncident {
    static let promiseBody =
        "We know of a problem delaying routing and rules. We are looking for the cause. More updates within the next 30 minutes."

    static var updates: [StatusUpdate] {
        [
            TestTimes.update(.investigating, at: TestTimes.seed("16:37"), body: promiseBody, number: 0),
            TestTimes.update(.identified, at: TestTimes.seed("17:04"), body: promiseBody, number: 1),
            TestTimes.update(.identified, at: TestTimes.seed("17:32"), body: promiseBody, number: 2),
            TestTimes.update(.investigating, at: TestTimes.seed("17:37"), body: promiseBody, number: 3),
            TestTimes.update(
                .monitoring, at: TestTimes.seed("18:13"),
                body: "A change is out and we are watching it. Further updates within the next 30 minutes.", number: 4),
            TestTimes.update(.resolved, at: TestTimes.seed("18:30"), body: "All affected areas work again.", number: 5),
        ]
    }

    static var postmortemTimeline: [TimelineEntry] {
        let section = "Timeline"
        return [
            TestTimes.entry(
                .postmortem,
                "A sharp increase in inbound messages doubles traffic on the core data service, "
                    + "which scaled up but then hit failures from a dependency",
                at: TestTimes.seed("14:48"), line: 10, section: section),
            TestTimes.entry(
                .postmortem, "Downstream services show raised error rates; engineering is alerted",
                at: TestTimes.seed("15:16"), line: 11, section: section),
            TestTimes.entry(
                .postmortem, "Engineering begins to investigate the errors", at: TestTimes.seed("15:17"), line: 12,
                section: section),
            TestTimes.entry(
                .postmortem, "Engineering manually scales the impacted services", at: TestTimes.seed("15:52"),
                until: TestTimes.seed("17:55"), line: 13, section: section),
            TestTimes.entry(
                .postmortem, "Engineering sees improvement across the system, with restored performance",
                at: TestTimes.seed("18:01"), line: 14, section: section),
            TestTimes.entry(
                .postmortem, "Incident declared resolved", at: TestTimes.seed("18:28"), line: 15, section: section),
        ]
    }

    static var postmortem: Postmortem {
        let summaryLine = DocumentLine(
            text: "A traffic spike outran our scaling and raised error rates over the span of approximately 3 hours.",
            place: SourcePlace(file: "test.md", line: 3), kind: .paragraph)
        return Postmortem(
            text: summaryLine.text, place: SourcePlace(file: "test.md", line: 1),
            sections: [
                DocumentSection(
                    heading: "Summary", level: 1, place: SourcePlace(file: "test.md", line: 2), lines: [summaryLine]),
                DocumentSection(heading: "Timeline", level: 1, place: SourcePlace(file: "test.md", line: 9)),
            ])
    }

    /// The incident, with the status-update postings in the timeline as Chronology would add them.
    static var incident: Incident {
        let postings = updates.map {
            TimelineEntry(
                source: .statusUpdate, text: $0.body,
                time: TestTimes.resolved($0.written.exact ?? .distantPast, place: $0.written.place))
        }
        return Incident(
            id: "seed", vendor: "Vendor", sourceFormat: .aggregatorText, place: SourcePlace(file: "seed.txt"),
            title: "Routing delays", impact: .minor, components: ["Voice", "Chat"], updates: updates,
            postmortem: postmortem,
            timeline: (postmortemTimeline + postings).sorted { $0.time.instant < $1.time.instant })
    }
}
