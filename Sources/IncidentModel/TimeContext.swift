import Foundation

/// What a reader knew around a written time: the page zone, a dated anchor, a date heading.
///
/// Readers never turn text into an instant themselves; they record this context and Chronology
/// reads the time with it.
public struct TimeContext: Sendable, Hashable, Codable {
    /// The zone the page or document declares for its times, as written: `UTC`, `America/New_York`,
    /// `EST`, `GMT+08:00`.
    public var pageZone: String?
    /// A zone declared by the document itself for lines without one ("All times UTC").
    public var declaredZone: String?
    /// The nearest exact instant around the text (a feed entry's `published`, AWS `date`), used to
    /// give year-less stamps their year.
    public var anchor: Date?
    /// Whether stamps under this context are at or before `anchor` (feed `published` is the newest
    /// update, so earlier lines walk backwards across a new year).
    public var anchorIsNewest: Bool
    /// The date heading above a line ("Jan 10, 2025"), as written.
    public var dateHeading: String?
    /// A year known from the surrounding document (a day-group header, a `months[].year`).
    public var year: Int?

    /// Creates a context.
    public init(
        pageZone: String? = nil, declaredZone: String? = nil, anchor: Date? = nil,
        anchorIsNewest: Bool = false, dateHeading: String? = nil, year: Int? = nil
    ) {
        self.pageZone = pageZone
        self.declaredZone = declaredZone
        self.anchor = anchor
        self.anchorIsNewest = anchorIsNewest
        self.dateHeading = dateHeading
        self.year = year
    }
}
