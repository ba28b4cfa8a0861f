import IncidentModel
import Utilities

/// A time expression found in text and read: the expression, its resolved start and end, and
/// where it sits in the text.
public struct FoundTime: Sendable, Hashable {
    /// The expression as parsed.
    public var expression: TimeExpression
    /// The start (or the point); `nil` for a date with no clock, or when no date could be found.
    public var start: ResolvedTime?
    /// The end of a range.
    public var end: ResolvedTime?
    /// The calendar date of a date-only expression, or the local date of the start.
    public var date: CivilDate?
    /// Readings weighed for a season-mismatched label, kept for the reconciler's evidence.
    public var season: SeasonAlternative?
    /// Problems that stopped the expression from resolving (no date anywhere, a day that does not exist).
    public var diagnostics: [Diagnostic]

    /// The warnings for a written date that names no usable day (`date.invalid`, `date.out-of-range`).
    public var rejections: [Diagnostic] { diagnostics.filter { $0.code.hasPrefix("date.") } }

    /// Where the expression is in the text.
    public var range: Range<String.Index> { expression.range }

    /// Creates a found time.
    public init(
        expression: TimeExpression, start: ResolvedTime?, end: ResolvedTime? = nil, date: CivilDate? = nil,
        season: SeasonAlternative? = nil, diagnostics: [Diagnostic] = []
    ) {
        self.expression = expression
        self.start = start
        self.end = end
        self.date = date
        self.season = season
        self.diagnostics = diagnostics
    }
}
