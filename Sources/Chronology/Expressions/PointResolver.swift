import Foundation
import IncidentModel
import Utilities

/// Reads one written point (date, clock, zone) to an instant with the zone reading, rules and notes.
struct PointResolver: Sendable {
    let table: ZoneTable
    let options: ReconcileOptions

    /// The result of reading a point.
    struct Output: Sendable {
        var instant: Date
        var local: LocalDateTime
        var zone: ZoneReading
        var rules: [TimeRule.Step]
        var diagnostics: [Diagnostic]
        var season: SeasonAlternative?
    }

    /// Why a point could not be read.
    struct Unresolved: Error, Sendable {
        var diagnostic: Diagnostic
    }

    /// Reads a point with a clock; `fallbackDate` is the date for a point written without one.
    func resolve(
        _ point: WrittenPoint, context: ReadingContext, fallbackDate: CivilDate?,
        fallbackSource: TimeRule.DateBasis?
    ) -> Result<Output, Unresolved> {
        guard let clock = point.clock else { return .failure(problem("no clock", context)) }
        if let rejection = point.date?.rejection { return .failure(Self.rejected(rejection, context)) }
        let choice = ZoneChoice.choose(for: point, context: context, options: options, table: table)
        var rules: [TimeRule.Step] = [.clock(twelveHour: point.meridiem != nil)]
        if point.meridiemShared { rules.append(.meridiemRangeShared) }
        var notes = choice.diagnostics
        let rough = choice.roughOffset(near: context.reference)
        let dated = DateChooser(context: context, roughOffset: rough)
        guard
            let (date, dateRule, dateNotes) = dated.date(
                for: point.date, clock: clock, fallback: fallbackDate, fallbackSource: fallbackSource)
        else {
            return .failure(problem("no date for \(clock) (no date written, no heading, no anchor)", context))
        }
        rules.append(.date(dateRule))
        notes += dateNotes
        let local = LocalDateTime(date: date, clock: clock)
        var output = read(local, choice: choice, context: context)
        output.rules = rules + output.rules
        output.diagnostics = notes + output.diagnostics
        return .success(output)
    }

    /// Applies the zone to a local time.
    func read(_ local: LocalDateTime, choice: ZoneChoice, context: ReadingContext) -> Output {
        let entry = choice.entry
        let zoneRule = TimeRule.Step.zone(choice.rule)
        if entry.kind == .region, let identifier = entry.identifier, let region = RegionalClock(identifier: identifier)
        {
            let reading = region.read(local)
            let zone = ZoneReading(
                label: choice.label, offsetSeconds: reading.offsetSeconds, identifier: identifier,
                basis: choice.source ?? .regional)
            var notes: [Diagnostic] = []
            if let transition = reading.transition {
                notes.append(DSTNotes.note(transition, local: local, identifier: identifier, place: context.place))
            }
            return Output(
                instant: reading.instant, local: local, zone: zone, rules: [zoneRule, .zone(.tzDatabase)],
                diagnostics: notes)
        }
        let offset = entry.offsetSeconds ?? 0
        let literal = local.instant(offsetSeconds: offset)
        let literalBasis: ZoneReading.Basis = choice.source ?? (entry.kind == .numeric ? .numeric : .literal)
        let literalZone = ZoneReading(
            label: choice.label, offsetSeconds: offset, identifier: entry.identifier, basis: literalBasis)
        guard entry.kind == .abbreviation, let regionID = seasonRegion(for: entry, pageZone: context.effectivePageZone),
            let region = RegionalClock(identifier: regionID), region.isDaylight(at: literal) != entry.isDaylight
        else {
            return Output(instant: literal, local: local, zone: literalZone, rules: [zoneRule], diagnostics: [])
        }
        let regional = region.read(local)
        let label = choice.label ?? entry.label
        let chosen = seasonChoice(for: label, context: context)
        let alternative = SeasonAlternative(
            label: label, identifier: regionID, literalOffset: offset, literal: literal,
            regionalOffset: regional.offsetSeconds, regional: regional.instant, chosen: chosen)
        var notes = [
            SeasonNotes.mismatch(
                alternative, entry: entry, local: local, place: context.place,
                evidence: seasonReason(for: label, context: context))
        ]
        if chosen == .literal {
            return Output(
                instant: literal, local: local, zone: literalZone, rules: [zoneRule, .season(.literal)],
                diagnostics: notes, season: alternative)
        }
        if let transition = regional.transition {
            notes.append(DSTNotes.note(transition, local: local, identifier: regionID, place: context.place))
        }
        let zone = ZoneReading(
            label: choice.label, offsetSeconds: regional.offsetSeconds, identifier: regionID,
            basis: choice.source ?? .regional)
        return Output(
            instant: regional.instant, local: local, zone: zone, rules: [zoneRule, .season(.regional)],
            diagnostics: notes, season: alternative)
    }

    /// The region whose calendar decides the season: the page's region when it keeps the same
    /// standard offset (`MST` on an `America/Phoenix` page), else the abbreviation's own.
    private func seasonRegion(for entry: ZoneEntry, pageZone: String?) -> String? {
        guard let own = entry.identifier else { return nil }
        guard let pageZone, let page = table.lookup(pageZone), page.kind == .region, let id = page.identifier,
            let region = RegionalClock(identifier: id), let offset = entry.offsetSeconds
        else { return own }
        let standard = offset - (entry.isDaylight ? 3600 : 0)
        let probe = Date(timeIntervalSince1970: 1_736_500_000)
        return region.standardOffset(at: probe) == standard ? id : own
    }

    private func seasonChoice(for label: String, context: ReadingContext) -> ZoneReading.Basis {
        switch options.zoneLabels {
        case .literal: .literal
        case .regional: .regional
        case .auto: context.seasonReadings[label] == .literal ? .literal : .regional
        }
    }

    private func seasonReason(for label: String, context: ReadingContext) -> String {
        switch options.zoneLabels {
        case .literal: "option zoneLabels=literal"
        case .regional: "option zoneLabels=regional"
        case .auto:
            context.seasonEvidence[label]
                ?? "zoneLabels=auto with no exact instants to weigh: the region's local time"
        }
    }

    /// A written date that names no usable day: a warning with the text as written; the time is
    /// left unresolved rather than dated from a neighbour.
    static func rejected(_ rejection: WrittenDate.Rejection, _ context: ReadingContext) -> Unresolved {
        Unresolved(
            diagnostic: Diagnostic(
                code: rejection.code, severity: .warning, place: context.place,
                message: "\"\(rejection.text)\": \(rejection.reason); the time is left unresolved"))
    }

    private func problem(_ message: String, _ context: ReadingContext) -> Unresolved {
        Unresolved(
            diagnostic: Diagnostic(code: .timeUnresolved, severity: .warning, place: context.place, message: message))
    }
}
