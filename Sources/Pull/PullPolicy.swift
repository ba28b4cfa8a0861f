import Foundation

/// How politely and how persistently `pull` asks: retries with exponential backoff and jitter,
/// `Retry-After`, the spacing between requests to one host, timeouts, redirects and a size limit.
///
/// A pure value: the decisions are functions of the attempt, the response and a random fraction the
/// caller supplies, so tests assert them without waiting.
public struct PullPolicy: Sendable, Equatable {
    /// Requests per URL at most (the first and its retries).
    public var attempts: Int
    /// The first backoff, in seconds; each retry doubles it.
    public var baseDelay: Double
    /// The longest backoff, in seconds.
    public var maxDelay: Double
    /// The fraction of a backoff that is random (0 none, 1 anywhere between 0 and the backoff).
    public var jitter: Double
    /// The longest `Retry-After` honoured, in seconds; a longer one fails the URL instead of waiting.
    public var maxRetryAfter: Double
    /// The least time between the starts of two requests to one host, in seconds.
    public var hostInterval: Double
    /// The longest wait for the connection and between two pieces of a response, in seconds.
    public var readTimeout: Double
    /// The longest a whole response may take, in seconds.
    public var totalTimeout: Double
    /// Redirects followed at most per request.
    public var maxRedirects: Int
    /// The largest body accepted, in bytes.
    public var maxBodySize: Int

    /// The defaults for a scheduled job: 4 attempts, 1 s doubling to 60 s with half of it random,
    /// `Retry-After` up to 5 minutes, 1 s between requests to a host, 30 s idle and 120 s whole-response
    /// timeouts, 5 redirects, 64 MiB.
    public init(
        attempts: Int = 4, baseDelay: Double = 1, maxDelay: Double = 60, jitter: Double = 0.5,
        maxRetryAfter: Double = 300, hostInterval: Double = 1, readTimeout: Double = 30, totalTimeout: Double = 120,
        maxRedirects: Int = 5, maxBodySize: Int = 64 << 20
    ) {
        self.attempts = max(1, attempts)
        self.baseDelay = max(0, baseDelay)
        self.maxDelay = max(0, maxDelay)
        self.jitter = min(1, max(0, jitter))
        self.maxRetryAfter = max(0, maxRetryAfter)
        self.hostInterval = max(0, hostInterval)
        self.readTimeout = readTimeout
        self.totalTimeout = totalTimeout
        self.maxRedirects = max(0, maxRedirects)
        self.maxBodySize = maxBodySize
    }

    /// What to do after an attempt.
    public enum Decision: Sendable, Equatable {
        /// Keep the outcome (a success, or a failure not worth repeating).
        case stop
        /// Ask again after this many seconds.
        case retry(after: Double)
        /// The server asked for a longer wait than ``maxRetryAfter``: fail the URL.
        case giveUp(retryAfter: Double)
    }

    /// Whether an outcome is worth another attempt: 5xx, 429, and a connection reset or cut body.
    public func isRetryable(_ outcome: FetchOutcome) -> Bool {
        switch outcome {
        case .response(let response): response.status == 429 || (500...599).contains(response.status)
        case .failure(let failure): failure.kind == .connectionLost
        }
    }

    /// The decision after attempt number `attempt` (1 for the first) gave `outcome`; `random` is a
    /// fraction in `0..<1` for the jitter and `now` reads an HTTP-date `Retry-After`.
    public func decide(after attempt: Int, outcome: FetchOutcome, random: Double, now: Date) -> Decision {
        guard attempt < attempts, isRetryable(outcome) else { return .stop }
        if case .response(let response) = outcome,
            let wait = Self.retryAfter(response.header("Retry-After"), now: now)
        {
            return wait > maxRetryAfter ? .giveUp(retryAfter: wait) : .retry(after: wait)
        }
        return .retry(after: backoff(after: attempt, random: random))
    }

    /// The backoff after attempt `attempt`: `baseDelay × 2^(attempt−1)`, at most ``maxDelay``, of which
    /// the ``jitter`` fraction is scaled by `random` (so two clients spread out rather than retry in step).
    public func backoff(after attempt: Int, random: Double) -> Double {
        let full = min(maxDelay, baseDelay * pow(2, Double(max(0, attempt - 1))))
        let fraction = min(max(random, 0), 1)
        return full * (1 - jitter) + full * jitter * fraction
    }

    /// A `Retry-After` value in seconds: delta-seconds (`120`) or an HTTP-date, never negative;
    /// `nil` when absent or unreadable.
    public static func retryAfter(_ value: String?, now: Date) -> Double? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = Int(text) { return Double(max(0, seconds)) }
        guard let date = HTTPDate.parse(text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
