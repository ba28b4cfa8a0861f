import Metrics
import Testing

@Suite struct ClockTests {
    @Test func clocksRunBetweenNamedEvents() {
        #expect(Clock.ttd.span.from == .impactStart)
        #expect(Clock.ttd.span.to == .detected)
        #expect(Clock.publicDuration.span.from == .firstUpdate)
        #expect(Clock.allCases.map(\.rawValue) == ["ttd", "ttfu", "ttr", "public_duration"])
    }
}
