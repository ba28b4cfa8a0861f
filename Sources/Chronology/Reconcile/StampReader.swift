import Foundation
import IncidentModel

/// Reads one written stamp (an update's posting time, a feed date, a front-matter value).
///
/// A machine instant (`WrittenTime.exact`) wins, with basis `.exact`; the text is still read and
/// compared with it (`time.exact-mismatch`), and when the text's label is out of season the exact
/// instant says which reading it matches. Digits only (`1576931508`, `1576931508000`) are Unix
/// seconds or milliseconds.
struct StampReader: Sendable {
    let reader: TimeExpressionReader

    /// The text's own reading, before `exact` is considered; `inferred` is the page zone inferred
    /// from the incident's stamps, used when the stamp's context has no page zone.
    func textReading(
        _ written: WrittenTime, reference: Date?, direction: ReadingContext.Direction, decisions: SeasonDecisions,
        inferred: InferredPageZone? = nil
    ) -> FoundTime? {
        var context = ReadingContext(
            place: written.place, pageZone: written.context.pageZone, declaredZone: written.context.declaredZone,
            inferredPageZone: written.context.pageZone == nil ? inferred : nil,
            reference: reference ?? written.context.anchor, referenceSource: reference == nil ? "the anchor" : nil,
            direction: direction, year: written.context.year, seasonReadings: decisions.readings,
            seasonEvidence: decisions.evidence)
        if let heading = written.context.dateHeading,
            let date = reader.read(heading, context: context).first(where: { $0.date != nil })?.date
        {
            context.date = date
            context.dateSource = "heading"
        }
        if context.referenceSource == nil, reference != nil { context.referenceSource = "the neighbouring update" }
        let found = reader.read(written.text, context: &context)
        return found.first { $0.start != nil } ?? found.first { !$0.rejections.isEmpty }
    }

    /// The resolved stamp, or `nil` when neither the text nor a machine field gives an instant.
    func resolve(
        _ written: WrittenTime, reference: Date?, direction: ReadingContext.Direction, decisions: SeasonDecisions,
        inferred: InferredPageZone? = nil
    ) -> (ResolvedTime?, FoundTime?) {
        if let unix = StampReader.unixTime(written.text) {
            let zone = ZoneReading(label: nil, offsetSeconds: 0, basis: .exact)
            return (ResolvedTime(instant: unix, written: written, zone: zone, rule: TimeRule([.unixEpoch])), nil)
        }
        // An exact instant beside the text is the best reference for the text's missing year: a 2019
        // maintenance window shown on a page rendered in 2021 keeps 2019 for both ends.
        let found = textReading(
            written, reference: written.exact ?? reference, direction: written.exact == nil ? direction : .nearest,
            decisions: decisions, inferred: inferred)
        guard let exact = written.exact else { return (found?.start.map { rewritten($0, written) }, found) }
        let field = written.exactField ?? "exact"
        var notes: [Diagnostic] = []
        var zone = ZoneReading(label: nil, offsetSeconds: 0, basis: .exact)
        if let found, let start = found.start {
            zone = ZoneReading(
                label: start.zone.label, offsetSeconds: start.zone.offsetSeconds, identifier: start.zone.identifier,
                basis: .exact)
            notes = crossCheck(found, start: start, exact: exact, field: field, written: written)
        } else if let found {
            notes = found.rejections
        }
        let resolved = ResolvedTime(
            instant: exact, written: written, zone: zone, rule: TimeRule([.exact(field: field)]), diagnostics: notes)
        return (resolved, found)
    }

    private func crossCheck(
        _ found: FoundTime, start: ResolvedTime, exact: Date, field: String, written: WrittenTime
    ) -> [Diagnostic] {
        let tolerance = found.expression.start.second == 0 ? 60.0 : 1.0
        func agrees(_ instant: Date) -> Bool {
            let delta = exact.timeIntervalSince(instant)
            return delta > -1 && delta < tolerance
        }
        var notes = start.diagnostics.filter { !$0.has(.zoneSeasonMismatch) && !$0.has(.zoneAssumed) }
        if var season = found.season {
            let literal = agrees(season.literal)
            season.chosen = literal ? .literal : .regional
            let evidence =
                literal || agrees(season.regional)
                ? "the machine field \(field) = \(InstantText.iso(exact)) agrees with this reading"
                : "neither reading matches the machine field \(field) = \(InstantText.iso(exact))"
            let entry = ZoneTable.standard.lookup(season.label) ?? ZoneEntry(label: season.label, kind: .abbreviation)
            let local = LocalDateTime(instant: season.literal, offsetSeconds: season.literalOffset)
            notes.append(
                SeasonNotes.mismatch(season, entry: entry, local: local, place: written.place, evidence: evidence))
            if literal || agrees(season.regional) { return notes }
        } else if agrees(start.instant) {
            return notes
        }
        notes.append(
            Diagnostic(
                code: .timeExactMismatch, severity: .warning, place: written.place,
                message:
                    "the text \"\(written.text)\" reads as \(InstantText.iso(start.instant)) but \(field) says "
                    + "\(InstantText.iso(exact)); the machine field is used",
                readings: [
                    "text → \(InstantText.iso(start.instant)) (\(start.rule))", "\(field) → \(InstantText.iso(exact))",
                ]))
        return notes
    }

    /// Keeps the stamp's own `WrittenTime` (place, context, exact field) on the resolved time.
    private func rewritten(_ resolved: ResolvedTime, _ written: WrittenTime) -> ResolvedTime {
        var copy = resolved
        copy.written = written
        return copy
    }

    /// Unix seconds (9–11 digits) or milliseconds (12–14 digits).
    static func unixTime(_ text: String) -> Date? {
        // A letter is never trimmed and never part of an integer: the common case, decided on bytes.
        guard !text.utf8.contains(where: { $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A }) else { return nil }
        let trimmed = text.trimmingWhitespace()
        guard (9...14).contains(trimmed.count), trimmed.allSatisfy(\.isASCII), let value = Int(trimmed) else {
            return nil
        }
        return Date(timeIntervalSince1970: trimmed.count >= 12 ? Double(value) / 1000 : Double(value))
    }
}
