import Foundation

/// Time as `pull` sees it: a monotonic reading in seconds, the wall-clock date, and a way to wait.
///
/// Injectable, so tests count and space requests against a clock they control.
public struct PullClock: Sendable {
    /// Seconds on a monotonic clock.
    public var now: @Sendable () -> Double
    /// The wall-clock date (fetch records, HTTP-date `Retry-After`).
    public var date: @Sendable () -> Date
    /// Waits this many seconds.
    public var sleep: @Sendable (Double) -> Void

    /// A clock from its three parts.
    public init(
        now: @escaping @Sendable () -> Double, date: @escaping @Sendable () -> Date,
        sleep: @escaping @Sendable (Double) -> Void
    ) {
        self.now = now
        self.date = date
        self.sleep = sleep
    }

    /// The system's clocks; `sleep` blocks the calling thread.
    public static let system = PullClock(
        now: { ProcessInfo.processInfo.systemUptime }, date: { Date() },
        sleep: { seconds in if seconds > 0 { Thread.sleep(forTimeInterval: seconds) } })
}
