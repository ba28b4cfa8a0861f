import Foundation

/// Requests a URL the polite way: paced per host, retried as the policy says, conditional when the
/// archive holds validators for it.
///
/// One client serves one pull, on one thread: it holds the pacer's state.
public final class PullClient {
    /// What a URL gave after every attempt.
    public struct Result: Sendable {
        /// The last attempt's outcome.
        public var outcome: FetchOutcome
        /// Requests sent for the URL.
        public var attempts: Int
        /// The waits before each retry, in seconds (backoff or `Retry-After`).
        public var retryWaits: [Double]
        /// Set when the server asked for a longer wait than the policy allows.
        public var refusedRetryAfter: Double?
    }

    /// The limits and the retry rules.
    public let policy: PullPolicy
    private let fetcher: HTTPFetcher
    private let clock: PullClock
    private let random: @Sendable () -> Double
    private var pacer: HostPacer

    /// A client; `random` gives the jitter fractions in `0..<1`.
    public init(
        policy: PullPolicy, userAgent: String, clock: PullClock = .system,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.policy = policy
        self.fetcher = HTTPFetcher(policy: policy, userAgent: userAgent)
        self.clock = clock
        self.random = random
        self.pacer = HostPacer(interval: policy.hostInterval)
    }

    /// GETs `url`, with `If-None-Match` / `If-Modified-Since` from the validators given.
    public func get(_ url: URL, etag: String? = nil, lastModified: String? = nil) -> Result {
        var headers: [String: String] = [:]
        if let etag { headers["If-None-Match"] = etag }
        if let lastModified { headers["If-Modified-Since"] = lastModified }
        let host = "\(url.host ?? ""):\(url.port ?? -1)"
        var waits: [Double] = []
        var attempt = 0
        while true {
            attempt += 1
            let pause = pacer.wait(for: host, at: clock.now())
            if pause > 0 { clock.sleep(pause) }
            pacer.started(host, at: clock.now())
            let outcome = fetcher.get(url, headers: headers)
            switch policy.decide(after: attempt, outcome: outcome, random: random(), now: clock.date()) {
            case .stop:
                return Result(outcome: outcome, attempts: attempt, retryWaits: waits)
            case .giveUp(let retryAfter):
                return Result(outcome: outcome, attempts: attempt, retryWaits: waits, refusedRetryAfter: retryAfter)
            case .retry(let after):
                waits.append(after)
                clock.sleep(after)
            }
        }
    }
}
