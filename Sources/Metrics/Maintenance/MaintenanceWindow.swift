import Foundation
import IncidentModel

/// The window a maintenance was scheduled for, as the source declares it, and how it went.
public struct MaintenanceWindow: Sendable, Hashable, Codable {
    /// Where a window was read; the raw value is the text outputs show.
    public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
        /// The source's declared start and end fields.
        case declared
        /// A range written in the body of a `scheduled` update.
        case scheduledUpdate = "scheduled update"
        /// Nowhere: the window is unknown.
        case unknown
    }

    /// The scheduled start, when the source states one.
    public var start: Date?
    /// The scheduled end, when the source states one.
    public var end: Date?
    /// Where the window was read.
    public var source: Source
    /// The text it was read from, as written.
    public var text: String?
    /// When the work was reported finished (the first update of the final `completed` run), when known.
    public var completed: Date?

    /// Creates a window.
    public init(start: Date?, end: Date?, source: Source, text: String? = nil, completed: Date? = nil) {
        self.start = start
        self.end = end
        self.source = source
        self.text = text
        self.completed = completed
    }

    /// The scheduled length in minutes, when both ends are known and the end is not before the start.
    public var minutes: Double? {
        guard let start, let end, end >= start else { return nil }
        return end.timeIntervalSince(start).rounded() / 60
    }

    /// How many minutes the work ran past the scheduled end (one minute of grace, since pages print
    /// minutes); `nil` when either is unknown, 0 when it finished in time.
    public var overrunMinutes: Double? {
        guard let end, let completed else { return nil }
        let late = completed.timeIntervalSince(end).rounded() / 60
        return late > 1 ? late : 0
    }

    /// Whether the work finished after the scheduled end; `nil` when that is unknown.
    public var overran: Bool? { overrunMinutes.map { $0 > 0 } }
}
