/// How a written time was read to an instant: the steps taken, in order, each a value; text is made
/// only at the edge (``description``, as `range:start clock:12h date:running zone:written`).
public struct TimeRule: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One step of the reading.
    public enum Step: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The end of a range the time is (`range:start`, `range:end`).
        case range(RangeRole)
        /// The clock as written: 24-hour (`clock:24h`) or with a meridiem (`clock:12h`).
        case clock(twelveHour: Bool)
        /// The meridiem was written once for both ends of a range (`meridiem:range-shared`).
        case meridiemRangeShared
        /// Where the date came from.
        case date(DateBasis)
        /// Where the zone came from.
        case zone(ZoneBasis)
        /// A standard-time label read in daylight season: as written or as the region's clock.
        case season(SeasonBasis)
        /// A machine field gave the exact instant (`exact:started_at`).
        case exact(field: String)
        /// The text is Unix seconds or milliseconds.
        case unixEpoch

        /// The step as its word.
        public var description: String {
            switch self {
            case .range(let role): "range:\(role.rawValue)"
            case .clock(let twelveHour): twelveHour ? "clock:12h" : "clock:24h"
            case .meridiemRangeShared: "meridiem:range-shared"
            case .date(let basis): basis.description
            case .zone(let basis): "zone:\(basis.rawValue)"
            case .season(let basis): "season:\(basis.rawValue)"
            case .exact(let field): "exact:\(field)"
            case .unixEpoch: "unix-epoch"
            }
        }
    }

    /// Which end of a range.
    public enum RangeRole: String, Sendable, Hashable, Codable, CaseIterable {
        case start, end
    }

    /// Where a time's date came from.
    public enum DateBasis: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Written with it, in a notation (`iso`, `month-day-year` …), with the year's source.
        case written(notation: String, year: YearBasis)
        /// The running date (a date heading or an earlier dated line).
        case runningDate
        /// The date of the range's start.
        case rangeStart
        /// The day after the range's start (an end earlier than its start).
        case rangeNextDay
        /// The context, with no source named.
        case context
        /// The day that puts the clock nearest the reference instant.
        case fromReference

        /// Whether the day was taken from the context rather than written with the time (the
        /// range's two cases take the start's, see ``isRangeStart``).
        public var isFromContext: Bool {
            switch self {
            case .runningDate, .context, .fromReference: true
            case .written, .rangeStart, .rangeNextDay: false
            }
        }

        /// Whether the day is the range start's (or the day after it).
        public var isRangeStart: Bool {
            switch self {
            case .rangeStart, .rangeNextDay: true
            default: false
            }
        }

        /// The step as its words (`date:iso year:context`, `date:running`).
        public var description: String {
            switch self {
            case .written(let notation, let year):
                "date:\(notation)" + (year == .written ? "" : " year:\(year.rawValue)")
            case .runningDate: "date:running"
            case .rangeStart: "date:range-start"
            case .rangeNextDay: "date:range-next-day"
            case .context: "date:context"
            case .fromReference: "date:from-reference"
            }
        }
    }

    /// Where a written date's year came from.
    public enum YearBasis: String, Sendable, Hashable, Codable, CaseIterable {
        /// Written with it.
        case written
        /// The document's year.
        case context
        /// The year that puts it nearest the reference instant.
        case reference
        /// The running date's year.
        case runningDate = "running-date"
    }

    /// Where a time's zone came from.
    public enum ZoneBasis: String, Sendable, Hashable, Codable, CaseIterable {
        /// Written on the time.
        case written
        /// Written once for both ends of its range.
        case rangeShared = "range-shared"
        /// Written on another time of its paragraph.
        case paragraph
        /// Declared by the paragraph or the document.
        case declared
        /// The page's zone.
        case page
        /// The page's zone as inferred from its labels.
        case pageInferred = "page-inferred"
        /// Assumed (the default zone option, else UTC).
        case assumed
        /// The region's rules in the tz database.
        case tzDatabase = "tz-database"
    }

    /// How a standard-time label in daylight season was read.
    public enum SeasonBasis: String, Sendable, Hashable, Codable, CaseIterable {
        /// As the label's own offset.
        case literal
        /// As the region's clock at that time.
        case regional
    }

    /// The steps, in order.
    public var steps: [Step]

    /// Creates a rule of the steps.
    public init(_ steps: [Step]) { self.steps = steps }

    /// Whether a step reads the zone so.
    public func has(_ zone: ZoneBasis) -> Bool { steps.contains(.zone(zone)) }

    /// The steps as words separated by spaces.
    public var description: String { steps.map(\.description).joined(separator: " ") }
}
