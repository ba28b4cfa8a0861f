/// How Chronology reads zones: the season policy, a fallback zone and meanings of ambiguous labels.
public struct ReconcileOptions: Sendable, Hashable {
    /// How to read a standard-time label on a date when its region keeps daylight time (or the reverse).
    public enum ZoneLabels: String, Sendable, CaseIterable {
        /// The region's local time, unless the incident's exact instants contradict that and agree
        /// with the literal offset.
        case auto
        /// Always the label's fixed offset (`EST` is −05:00 in May).
        case literal
        /// Always the region's local time (`EST` in May is read as EDT).
        case regional
    }

    /// The season policy; `auto` by default.
    public var zoneLabels: ZoneLabels = .auto
    /// The zone for times with none written and no declared or page zone; UTC when `nil`.
    public var defaultZone: String?
    /// Meanings for ambiguous abbreviations, label → tz identifier (`["IST": "Europe/Dublin"]`).
    public var ambiguousZones: [String: String]

    /// The options as one stable line (`zone-labels=auto default-zone= ambiguous=IST=Europe/Dublin`),
    /// the same in every run: the archive compares it to know whether what it derived was read so.
    public var key: String {
        let ambiguous = ambiguousZones.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return "zone-labels=\(zoneLabels.rawValue) default-zone=\(defaultZone ?? "") ambiguous="
            + ambiguous.joined(separator: ",")
    }

    /// Creates options.
    public init(zoneLabels: ZoneLabels = .auto, defaultZone: String? = nil, ambiguousZones: [String: String] = [:]) {
        self.zoneLabels = zoneLabels
        self.defaultZone = defaultZone
        self.ambiguousZones = ambiguousZones
    }
}
