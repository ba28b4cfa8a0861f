import Foundation

/// The per-host rate limit: the start of a request to a host waits until `interval` seconds have
/// passed since the start of the previous one to that host.
public struct HostPacer: Sendable {
    /// The least time between two request starts to one host, in seconds.
    public var interval: Double
    private var lastStart: [String: Double] = [:]

    /// A pacer keeping `interval` seconds between requests to one host.
    public init(interval: Double) { self.interval = interval }

    /// How long a request to `host` starting at `now` must wait first (0 when it may go now).
    public func wait(for host: String, at now: Double) -> Double {
        guard let last = lastStart[host] else { return 0 }
        return max(0, last + interval - now)
    }

    /// Notes that a request to `host` started at `now`.
    public mutating func started(_ host: String, at now: Double) { lastStart[host] = now }
}
