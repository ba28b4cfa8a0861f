import Foundation
import IncidentModel
import Utilities

/// Finds every time expression in a string and reads it to UTC instants with provenance.
///
/// A date alone (`**Jan 10, 2025**`, `On January 22, 2024`) sets the date of the clocks after it in
/// the same text (and, through `read(_:context:)` with `inout`, in the lines that follow). A range
/// whose end is earlier than its start on the same date ends on the next day (`23:40 - 00:15 UTC`).
/// A time with no zone takes, in order: the zone its paragraph declares, the context's declared
/// zone, the page zone, a zone written on another time in its paragraph (`11:32am ET … At 2:40pm`),
/// the page zone inferred from the stamps, the default zone option, and last UTC (see `ZoneChoice`).
public struct TimeExpressionReader: Sendable {
    /// The options (season policy, default zone, ambiguous meanings).
    public let options: ReconcileOptions
    /// The zone table.
    public let table: ZoneTable

    /// Creates a reader.
    public init(options: ReconcileOptions = .init(), table: ZoneTable = .standard) {
        self.options = options
        self.table = table
    }

    /// The expressions in a text, as written, left to right.
    public func expressions(in text: String) -> [TimeExpression] {
        TimeExpressionParser(text: text, table: table).expressions()
    }

    /// Reads every expression in a text; the context's date is not carried to later calls.
    public func read(_ text: String, context: ReadingContext) -> [FoundTime] {
        var copy = context
        return read(text, context: &copy)
    }

    /// Reads every expression in a text, leaving in `context.date` the date in force after it.
    public func read(_ text: String, context: inout ReadingContext) -> [FoundTime] {
        read(text, tokens: TimeTokenizer.tokens(in: text), context: &context)
    }

    /// `read(_:context:)` over the text's tokens, already made.
    func read(_ text: String, tokens: [TimeToken], context: inout ReadingContext) -> [FoundTime] {
        let resolver = PointResolver(table: table, options: options)
        var expressions = TimeExpressionParser(text: text, tokens: tokens, table: table).expressions()
        if context.numericDayFirst { expressions = expressions.map(NumericDateOrder.readingDayFirst) }
        let lent = ParagraphZone.lend(to: expressions, in: text, table: table)
        var found: [FoundTime] = []
        for (expression, zone) in zip(expressions, lent) {
            context.paragraphZone = zone
            found.append(read(expression, resolver: resolver, context: &context))
        }
        context.paragraphZone = nil
        return found
    }

    private func read(_ expression: TimeExpression, resolver: PointResolver, context: inout ReadingContext)
        -> FoundTime
    {
        let point = expression.start
        if !point.hasClock {
            guard let written = point.date else { return FoundTime(expression: expression, start: nil) }
            if let rejection = written.rejection {
                let problem = PointResolver.rejected(rejection, context)
                return FoundTime(expression: expression, start: nil, diagnostics: [problem.diagnostic])
            }
            let date =
                written.year.flatMap { written.civil(year: $0) }
                ?? context.year.flatMap { written.civil(year: $0) }
                ?? yearNearReference(written, context: context)
            if let date {
                context.date = date
                context.dateSource = "date \"\(expression.text)\""
            }
            return FoundTime(expression: expression, start: nil, date: date)
        }
        let started = resolver.resolve(
            point, context: context, fallbackDate: context.date,
            fallbackSource: context.dateSource.map { _ in .runningDate }
        )
        guard case .success(let start) = started else {
            if case .failure(let problem) = started {
                return FoundTime(expression: expression, start: nil, diagnostics: [problem.diagnostic])
            }
            return FoundTime(expression: expression, start: nil)
        }
        if point.date != nil {
            context.date = start.local.date
            context.dateSource = "date \"\(expression.text)\""
        }
        var found = FoundTime(
            expression: expression,
            start: resolved(start, expression, context, role: expression.end == nil ? nil : .start),
            date: start.local.date, season: start.season)
        guard let endPoint = expression.end else { return found }
        let ended = resolver.resolve(
            endPoint, context: context, fallbackDate: start.local.date, fallbackSource: .rangeStart)
        guard case .success(var end) = ended else {
            if case .failure(let problem) = ended, problem.diagnostic.code.hasPrefix("date.") {
                found.diagnostics.append(problem.diagnostic)
            }
            return found
        }
        if end.instant < start.instant, expression.end?.date == expression.start.date {
            let local = end.local.on(end.local.date.adding(days: 1))
            let choice = ZoneChoice.choose(for: endPoint, context: context, options: options, table: table)
            let rules = end.rules.filter {
                switch $0 {
                case .clock, .meridiemRangeShared: true
                default: false
                }
            }
            end = resolver.read(local, choice: choice, context: context)
            end.rules = rules + [.date(.rangeNextDay)] + end.rules
            end.diagnostics.append(
                Diagnostic(
                    code: .rangeOvernight, severity: .note, place: context.place,
                    message:
                        "the end \(local.clock) is earlier than the start \(start.local.clock); read on the next day"
                ))
        }
        found.end = resolved(end, expression, context, role: .end)
        found.season = found.season ?? end.season
        return found
    }

    private func resolved(
        _ output: PointResolver.Output, _ expression: TimeExpression, _ context: ReadingContext,
        role: TimeRule.RangeRole?
    ) -> ResolvedTime {
        let written = WrittenTime(
            text: expression.text, place: context.place,
            context: TimeContext(
                pageZone: context.pageZone, declaredZone: context.declaredZone, anchor: context.reference,
                anchorIsNewest: context.direction == .atOrBefore, dateHeading: context.dateSource, year: context.year))
        let rules = (role.map { [TimeRule.Step.range($0)] } ?? []) + output.rules
        return ResolvedTime(
            instant: output.instant, written: written, zone: output.zone, rule: TimeRule(rules),
            diagnostics: output.diagnostics)
    }

    private func yearNearReference(_ written: WrittenDate, context: ReadingContext) -> CivilDate? {
        guard let reference = context.reference else { return context.date.flatMap { written.civil(year: $0.year) } }
        let base = LocalDateTime(instant: reference, offsetSeconds: 0).date.year
        return (base - 1...base + 1).compactMap { written.civil(year: $0) }.min {
            abs(
                LocalDateTime(date: $0, clock: WallClock(hour: 12, minute: 0)!).instant(offsetSeconds: 0)
                    .timeIntervalSince(reference))
                < abs(
                    LocalDateTime(date: $1, clock: WallClock(hour: 12, minute: 0)!).instant(offsetSeconds: 0)
                        .timeIntervalSince(reference))
        }
    }
}
