import Foundation
import Pull
import Testing

/// The retry, backoff and pacing rules as values: no server, no waiting.
@Suite struct PullPolicyTests {
    static func response(_ status: Int, _ headers: [String: String] = [:]) -> FetchOutcome {
        .response(FetchResponse(url: "http://127.0.0.1/x", status: status, headers: headers, body: Data()))
    }

    @Test func theBackoffDoublesUpToItsCapAndTheJitterStaysInsideIt() {
        let policy = PullPolicy(baseDelay: 1, maxDelay: 10, jitter: 0.5)
        #expect((1...5).map { policy.backoff(after: $0, random: 1) } == [1, 2, 4, 8, 10])
        #expect((1...5).map { policy.backoff(after: $0, random: 0) } == [0.5, 1, 2, 4, 5])
        #expect(policy.backoff(after: 3, random: 0.5) == 3)
        let none = PullPolicy(baseDelay: 1, maxDelay: 10, jitter: 0)
        #expect(none.backoff(after: 3, random: 0.9) == 4)
    }

    @Test func serverErrorsTooManyRequestsAndDroppedConnectionsAreRetriedOthersAreNot() {
        let policy = PullPolicy(attempts: 3, baseDelay: 1, jitter: 0)
        let now = Date(timeIntervalSince1970: 0)
        for status in [500, 502, 503, 429] {
            #expect(policy.decide(after: 1, outcome: Self.response(status), random: 0, now: now) == .retry(after: 1))
            #expect(policy.decide(after: 2, outcome: Self.response(status), random: 0, now: now) == .retry(after: 2))
            #expect(policy.decide(after: 3, outcome: Self.response(status), random: 0, now: now) == .stop)
        }
        for status in [200, 304, 404, 410, 403, 301] {
            #expect(policy.decide(after: 1, outcome: Self.response(status), random: 0, now: now) == .stop)
        }
        let lost = FetchOutcome.failure(FetchFailure(.connectionLost, "reset"))
        #expect(policy.decide(after: 1, outcome: lost, random: 0, now: now) == .retry(after: 1))
        for kind in [FetchFailure.Kind.timedOut, .tooManyRedirects, .insecureRedirect, .tooLarge, .unreachable] {
            #expect(policy.decide(after: 1, outcome: .failure(FetchFailure(kind, "x")), random: 0, now: now) == .stop)
        }
    }

    @Test func retryAfterIsHonouredInSecondsOrAsADateAndRefusedWhenTooLong() {
        let policy = PullPolicy(attempts: 3, baseDelay: 1, jitter: 0, maxRetryAfter: 120)
        let now = Date(timeIntervalSince1970: 784_111_717)  // Sun, 06 Nov 1994 08:48:37 GMT
        let seconds = Self.response(429, ["Retry-After": "7"])
        #expect(policy.decide(after: 1, outcome: seconds, random: 0.9, now: now) == .retry(after: 7))
        let date = Self.response(503, ["retry-after": "Sun, 06 Nov 1994 08:49:37 GMT"])
        #expect(policy.decide(after: 1, outcome: date, random: 0, now: now) == .retry(after: 60))
        let long = Self.response(503, ["Retry-After": "3600"])
        #expect(policy.decide(after: 1, outcome: long, random: 0, now: now) == .giveUp(retryAfter: 3600))
        #expect(PullPolicy.retryAfter("soon", now: now) == nil)
        #expect(PullPolicy.retryAfter("-5", now: now) == 0)
        #expect(PullPolicy.retryAfter(nil, now: now) == nil)
        #expect(PullPolicy.retryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == 0)
    }

    @Test func thePacerKeepsTheIntervalPerHost() {
        var pacer = HostPacer(interval: 2)
        #expect(pacer.wait(for: "a", at: 10) == 0)
        pacer.started("a", at: 10)
        #expect(pacer.wait(for: "a", at: 10.5) == 1.5)
        #expect(pacer.wait(for: "b", at: 10.5) == 0)
        #expect(pacer.wait(for: "a", at: 13) == 0)
    }

    @Test func targetsAreAbsoluteHTTPURLs() throws {
        #expect(try PullTarget.parse("https://www.githubstatus.com/").get().base == "https://www.githubstatus.com")
        #expect(try PullTarget.parse("https://status.cloud.google.com/incidents.json").get().isDocument)
        #expect(try !PullTarget.parse("https://status.example.com/history").get().isDocument)
        for bad in ["ftp://x.example", "status.example.com", "https://", ""] {
            #expect(throws: PullTargetError.self) { try PullTarget.parse(bad).get() }
        }
        #expect(
            Puller.userAgent(version: "0.1.0") == "postmortem/0.1.0 (+https://github.com/postmortem-tools/postmortem)")
    }
}
