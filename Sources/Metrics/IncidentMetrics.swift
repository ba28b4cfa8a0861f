import Foundation
import IncidentModel

/// Everything measured about one incident.
public struct IncidentMetrics: Sendable, Hashable, Codable {
    /// The incident's id.
    public var incidentID: String
    /// The lifecycle events found, by kind.
    public var events: [LifecycleEvent.Kind: LifecycleEvent]
    /// Each clock in minutes; absent when a boundary is unknown.
    public var clocks: [Clock: Double]
    /// How many public updates.
    public var updateCount: Int
    /// The longest gap between consecutive updates, in minutes.
    public var maxUpdateGapMinutes: Double?
    /// Promises of the next update, kept or broken.
    public var promises: [Promise]
    /// Durations stated in text, compared with the clocks.
    public var statedDurations: [StatedDuration]
    /// What the measurement noticed (backward statuses, stated vs computed, unknown bounds).
    public var diagnostics: [Diagnostic]
    /// The scheduled window, for a maintenance; `nil` for any other incident.
    public var maintenanceWindow: MaintenanceWindow?

    /// Creates the metrics of one incident.
    public init(
        incidentID: String, events: [LifecycleEvent.Kind: LifecycleEvent] = [:], clocks: [Clock: Double] = [:],
        updateCount: Int = 0, maxUpdateGapMinutes: Double? = nil, promises: [Promise] = [],
        statedDurations: [StatedDuration] = [], diagnostics: [Diagnostic] = [],
        maintenanceWindow: MaintenanceWindow? = nil
    ) {
        self.incidentID = incidentID
        self.events = events
        self.clocks = clocks
        self.updateCount = updateCount
        self.maxUpdateGapMinutes = maxUpdateGapMinutes
        self.promises = promises
        self.statedDurations = statedDurations
        self.diagnostics = diagnostics
        self.maintenanceWindow = maintenanceWindow
    }

    /// How many promises were broken.
    public var promisesBroken: Int { promises.filter(\.broken).count }
}
