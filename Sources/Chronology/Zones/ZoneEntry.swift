/// What a zone label means: a fixed abbreviation, a tz region, a numeric offset, or UTC.
public struct ZoneEntry: Sendable, Hashable {
    /// The kind of label.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A fixed-offset abbreviation such as `EST` (always −05:00).
        case abbreviation
        /// A region word or tz identifier read through the tz database (`ET`, `US/Pacific`).
        case region
        /// A numeric offset (`+05:30`, `GMT+08:00`, `UTC-5`).
        case numeric
    }

    /// The label in canonical spelling (`EST`, `US/Pacific`, `GMT+08:00`).
    public var label: String
    /// The kind of label.
    public var kind: Kind
    /// The fixed offset from UTC in seconds (abbreviations and numeric offsets).
    public var offsetSeconds: Int?
    /// The tz region: the one an abbreviation belongs to (for the season check), or the one read.
    public var identifier: String?
    /// Whether an abbreviation names daylight-saving time (`EDT`, `CEST`).
    public var isDaylight: Bool
    /// A readable name (`Eastern Standard Time (US)`).
    public var name: String
    /// Other meanings of an ambiguous abbreviation (`IST` is India, Ireland or Israel); empty otherwise.
    public var alternatives: [ZoneEntry]

    /// Creates an entry.
    public init(
        label: String, kind: Kind, offsetSeconds: Int? = nil, identifier: String? = nil, isDaylight: Bool = false,
        name: String = "", alternatives: [ZoneEntry] = []
    ) {
        self.label = label
        self.kind = kind
        self.offsetSeconds = offsetSeconds
        self.identifier = identifier
        self.isDaylight = isDaylight
        self.name = name
        self.alternatives = alternatives
    }

    /// Whether the abbreviation has more than one meaning.
    public var isAmbiguous: Bool { !alternatives.isEmpty }

    /// Every meaning of the label, the default first.
    public var meanings: [ZoneEntry] {
        var first = self
        first.alternatives = []
        return [first] + alternatives
    }
}
