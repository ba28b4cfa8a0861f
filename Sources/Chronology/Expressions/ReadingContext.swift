import Foundation
import IncidentModel
import Utilities

/// What surrounds a text being read: its place, zones, a date for lines without one, and an
/// instant that undated or year-less times fall near.
public struct ReadingContext: Sendable, Hashable {
    /// Where an undated or year-less time falls relative to `reference`.
    public enum Direction: String, Sendable, Hashable, CaseIterable {
        /// At or before it (a feed's `published` is its newest update).
        case atOrBefore = "at-or-before"
        /// At or after it (AWS `date` is the first post).
        case atOrAfter = "at-or-after"
        /// Whichever is closest.
        case nearest
    }

    /// Where the text is.
    public var place: SourcePlace
    /// The page's zone, for times written without one.
    public var pageZone: String?
    /// The zone the document declares for its lines ("All times UTC").
    public var declaredZone: String?
    /// The page's zone inferred from the incident's stamps, for times with no zone written,
    /// declared or on the page (feeds, home pages and AWS print no page zone of their own).
    public var inferredPageZone: InferredPageZone?
    /// A zone written on another time in the same paragraph, set by the reader for each expression.
    var paragraphZone: ParagraphZone?
    /// The date for times written without one (a date heading, the line before).
    public var date: CivilDate?
    /// Where `date` came from, for provenance (`heading "Jan 10, 2025"`).
    public var dateSource: String?
    /// An instant that undated or year-less times fall near.
    public var reference: Date?
    /// What `reference` is (`posting time of update 3`, `feed published`).
    public var referenceSource: String?
    /// Where times fall relative to `reference`.
    public var direction: Direction
    /// A year known from the surroundings.
    public var year: Int?
    /// Readings chosen for season-mismatched labels by the reconciler (label → `.literal`/`.regional`).
    public var seasonReadings: [String: ZoneReading.Basis]
    /// Why each of those readings was chosen, label → sentence, for the diagnostics.
    public var seasonEvidence: [String: String]
    /// Whether ambiguous numeric dates (`11-01-2026`) are read day first, as the document decided.
    public var numericDayFirst = false

    /// Creates a context.
    public init(
        place: SourcePlace, pageZone: String? = nil, declaredZone: String? = nil,
        inferredPageZone: InferredPageZone? = nil, date: CivilDate? = nil,
        dateSource: String? = nil, reference: Date? = nil, referenceSource: String? = nil,
        direction: Direction = .nearest, year: Int? = nil, seasonReadings: [String: ZoneReading.Basis] = [:],
        seasonEvidence: [String: String] = [:]
    ) {
        self.place = place
        self.pageZone = pageZone
        self.declaredZone = declaredZone
        self.inferredPageZone = inferredPageZone
        self.date = date
        self.dateSource = dateSource
        self.reference = reference
        self.referenceSource = referenceSource
        self.direction = direction
        self.year = year
        self.seasonReadings = seasonReadings
        self.seasonEvidence = seasonEvidence
    }

    /// The page's zone as given, else as inferred from the stamps: the zone that chooses among an
    /// ambiguous label's meanings and the region whose calendar decides a label's season.
    var effectivePageZone: String? { pageZone ?? inferredPageZone?.zone }
}
