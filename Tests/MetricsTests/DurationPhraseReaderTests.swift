import Metrics
import Testing

@Suite struct DurationPhraseReaderTests {
    let reader = DurationPhraseReader()

    @Test(arguments: [
        ("The outage affected three services, lasting 1h 52m.", "lasting 1h 52m", 112.0),
        ("Customers saw errors for ~2.5 hours.", "for ~2.5 hours", 150),
        ("The impact lasted for about five hours.", "lasted for about five hours", 300),
        ("Error rates rose over the span of approximately 3 hours.", "over the span of approximately 3 hours", 180),
        ("There were 45 minutes of downtime.", "45 minutes", 45),
        ("The impact lasted for a period of about five hours.", "lasted for a period of about five hours", 300),
        ("The outage lasted 45 minutes.", "lasted 45 minutes", 45),
        ("Roughly 2 hours and 10 minutes of degraded service.", "roughly 2 hours and 10 minutes", 130),
    ])
    func statedDurations(text: String, phrase: String, minutes: Double) {
        let found = reader.durations(in: text)
        #expect(found.count == 1)
        #expect(found.first?.phrase == phrase)
        #expect(found.first?.minutes == minutes)
    }

    @Test(arguments: [
        "Please expect additional updates within the next 30 minutes.",
        "About 45 minutes after the deploy, alerts fired.",
        "We expect a fix in approximately 2 hours.",
        "The next update will follow in 60 minutes.",
        "We scaled the cluster to 30 nodes.",
        "Resolved after 30 minutes of normal latency.",
    ])
    func phrasesThatAreNotIncidentDurations(text: String) {
        #expect(reader.durations(in: text).isEmpty)
    }

    @Test func strictReadingNeedsMoreThanABareFor() {
        let text = "We will keep monitoring for 30 minutes."
        #expect(reader.durations(in: text, strict: true).isEmpty)
        #expect(reader.durations(in: text).first?.minutes == 30)
        #expect(reader.durations(in: "Customers saw 40 minutes of elevated errors.", strict: true).first?.minutes == 40)
    }

    @Test func toleranceIsFifteenMinutesOrFifteenPercent() {
        let tolerance = DurationTolerance()
        #expect(!tolerance.disagrees(stated: 74, computed: 60))
        #expect(tolerance.disagrees(stated: 76, computed: 60))
        #expect(!tolerance.disagrees(stated: 229, computed: 200))
        #expect(tolerance.disagrees(stated: 231, computed: 200))
    }
}
