import Foundation

/// A time as written in a source, with where it was found and what surrounded it.
public struct WrittenTime: Sendable, Hashable, Codable {
    /// The text as written, whitespace collapsed (`Jan 10, 2025, 04:37 PM UTC`).
    public var text: String
    /// Where it was found.
    public var place: SourcePlace
    /// The page zone, anchor and heading around it.
    public var context: TimeContext
    /// The exact instant from a machine field, when the source has one.
    public var exact: Date?
    /// Which machine field gave `exact` (`data-datetime-unix`, `display_at`, `published`).
    public var exactField: String?

    /// Creates a written time.
    public init(
        text: String, place: SourcePlace, context: TimeContext = TimeContext(), exact: Date? = nil,
        exactField: String? = nil
    ) {
        self.text = text
        self.place = place
        self.context = context
        self.exact = exact
        self.exactField = exactField
    }
}
