import Foundation

/// An incident as read from one source, and after Chronology, with every time reconciled.
public struct Incident: Sendable, Hashable, Codable, Identifiable {
    /// The incident's code (Statuspage URL code, Google id, a document's `id`).
    public var id: String
    /// The vendor or team (`Kustomer`, `GitHub`).
    public var vendor: String
    /// The shape it was read from.
    public var sourceFormat: SourceFormat
    /// The file (and element) it was read from.
    public var place: SourcePlace
    /// The title.
    public var title: String
    /// The impact level.
    public var impact: Impact
    /// Affected components, as named by the source.
    public var components: [String]
    /// The incident's public URL.
    public var url: String?
    /// Whether it is a scheduled maintenance.
    public var isMaintenance: Bool
    /// The zone the page prints its times in, as written (`UTC`, `America/New_York`, `EST`).
    public var pageZone: String?
    /// Status updates, oldest first.
    public var updates: [StatusUpdate]
    /// The postmortem, when there is one.
    public var postmortem: Postmortem?
    /// A start the source states in a field of its own (`started_at`, Google `begin`).
    public var declaredStart: WrittenTime?
    /// An end the source states in a field of its own (Google `end`).
    public var declaredEnd: WrittenTime?
    /// Explicit lifecycle markers a team wrote (front-matter keys such as `detected`), by key.
    public var markers: [String: WrittenTime]
    /// Times found in text and reconciled by Chronology, in time order.
    public var timeline: [TimelineEntry]
    /// What looked wrong while reading or reconciling.
    public var diagnostics: [Diagnostic]

    /// Creates an incident.
    public init(
        id: String, vendor: String, sourceFormat: SourceFormat, place: SourcePlace, title: String,
        impact: Impact = .unknown, components: [String] = [], url: String? = nil, isMaintenance: Bool = false,
        pageZone: String? = nil, updates: [StatusUpdate] = [], postmortem: Postmortem? = nil,
        declaredStart: WrittenTime? = nil, declaredEnd: WrittenTime? = nil, markers: [String: WrittenTime] = [:],
        timeline: [TimelineEntry] = [], diagnostics: [Diagnostic] = []
    ) {
        self.id = id
        self.vendor = vendor
        self.sourceFormat = sourceFormat
        self.place = place
        self.title = title
        self.impact = impact
        self.components = components
        self.url = url
        self.isMaintenance = isMaintenance
        self.pageZone = pageZone
        self.updates = updates
        self.postmortem = postmortem
        self.declaredStart = declaredStart
        self.declaredEnd = declaredEnd
        self.markers = markers
        self.timeline = timeline
        self.diagnostics = diagnostics
    }

    /// The first update's instant.
    public var firstUpdate: Date? { updates.compactMap(\.instant).min() }
    /// The last update's instant.
    public var lastUpdate: Date? { updates.compactMap(\.instant).max() }
    /// The instant of the last `resolved` (or `completed`) update.
    public var publicResolved: Date? {
        updates.filter { $0.status.isTerminal }.compactMap(\.instant).max()
    }
}
