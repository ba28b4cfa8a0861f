import Foundation

/// A candidate boundary passed over on the way to the one chosen, and why; text is made only at the
/// edge (``description``).
public struct PassedOver: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Why a candidate cannot be the boundary.
    public enum Reason: Sendable, Hashable, Codable {
        /// Chronology warns that its date disagrees with the incident.
        case dateDisagrees
        /// It falls more than a day before the incident's start (given).
        case dayBeforeStart(Date)
        /// It is told in an update body yet falls more than an hour after that update's posting (given).
        case afterItsUpdate(posted: Date)
        /// It is an end that falls before the impact start (given).
        case beforeImpactStart(Date)
    }

    /// The candidate's time as written, or `nil` for the declared end field.
    public var written: String?
    /// Why it was passed over.
    public var reason: Reason

    /// Creates a passed-over candidate.
    public init(written: String?, reason: Reason) {
        self.written = written
        self.reason = reason
    }

    /// The text outputs show (`"09:12" passed over: before the impact start 2025-01-10T15:00:00Z`).
    public var description: String {
        let what = written.map { "\"\($0)\"" } ?? "the declared end"
        let why =
            switch reason {
            case .dateDisagrees: "Chronology warns its date disagrees with the incident"
            case .dayBeforeStart(let start): "more than a day before the incident's start " + start.ISO8601Format()
            case .afterItsUpdate(let posted):
                "more than an hour after the update that tells it (" + posted.ISO8601Format() + ")"
            case .beforeImpactStart(let start): "before the impact start " + start.ISO8601Format()
            }
        return what + " passed over: " + why
    }
}
