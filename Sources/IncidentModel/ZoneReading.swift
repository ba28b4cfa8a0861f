/// How the zone of a written time was read.
public struct ZoneReading: Sendable, Hashable, Codable {
    /// Where the offset came from.
    public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
        /// A machine field carried the instant (`data-datetime-unix`, ISO 8601 with offset).
        case exact
        /// A fixed offset for an abbreviation (`EST` is always −05:00).
        case literal
        /// The region's local time through the tz database (`ET`, `US/Pacific`, or `EST` in May under `auto`).
        case regional
        /// A numeric offset (`+05:30`, `GMT+08:00`, `UTC-5`).
        case numeric
        /// A zone the document declares for its lines ("All times UTC").
        case declared
        /// The page's zone, for a time written without one.
        case page
        /// No zone anywhere: UTC was assumed.
        case assumed
    }

    /// The zone as written (`EST`, `US/Pacific`, `+05:30`), or `nil` when the text had none.
    public var label: String?
    /// The offset from UTC applied, in seconds.
    public var offsetSeconds: Int
    /// The tz identifier used for a regional reading (`America/New_York`).
    public var identifier: String?
    /// Where the offset came from.
    public var basis: Basis

    /// Creates a zone reading.
    public init(label: String?, offsetSeconds: Int, identifier: String? = nil, basis: Basis) {
        self.label = label
        self.offsetSeconds = offsetSeconds
        self.identifier = identifier
        self.basis = basis
    }

    /// The offset as `+HH:MM` / `-HH:MM`.
    public var offsetText: String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        let hh = minutes / 60
        let mm = minutes % 60
        return sign + (hh < 10 ? "0" : "") + String(hh) + ":" + (mm < 10 ? "0" : "") + String(mm)
    }
}
