import Foundation
import IncidentModel
import Utilities

/// Gives a point its date: as written, with a year from the context or the reference instant
/// (walking back across a new year, T10), or for a clock alone, the running date or the day that
/// puts it nearest the reference (AWS ` 8:18 PM PDT`).
struct DateChooser: Sendable {
    let context: ReadingContext
    let roughOffset: Int

    func date(
        for written: WrittenDate?, clock: WallClock, fallback: CivilDate?, fallbackSource: TimeRule.DateBasis?
    ) -> (CivilDate, TimeRule.DateBasis, [Diagnostic])? {
        guard
            let (date, rule, note) = chosen(
                for: written, clock: clock, fallback: fallback, fallbackSource: fallbackSource)
        else { return nil }
        var notes = note.map { [$0] } ?? []
        if let weekday = written?.weekday, date.weekday != weekday { notes.append(mismatch(date, weekday: weekday)) }
        return (date, rule, notes)
    }

    /// A written weekday the date does not fall on: the date is kept (it is the more specific of
    /// the two), and the nearest date with that weekday is named as the other reading.
    private func mismatch(_ date: CivilDate, weekday: Int) -> Diagnostic {
        let ahead = (weekday - date.weekday + 7) % 7
        let nearest = date.adding(days: ahead <= 3 ? ahead : ahead - 7)
        return Diagnostic(
            code: .dateWeekdayMismatch, severity: .warning, place: context.place,
            message:
                "\(date) is a \(DateWords.weekdayNames[date.weekday]), but the text says "
                + "\(DateWords.weekdayNames[weekday]); the date as written is used",
            readings: ["date as written: \(date)", "the nearest \(DateWords.weekdayNames[weekday]): \(nearest)"])
    }

    private func chosen(
        for written: WrittenDate?, clock: WallClock, fallback: CivilDate?, fallbackSource: TimeRule.DateBasis?
    ) -> (CivilDate, TimeRule.DateBasis, Diagnostic?)? {
        if let written {
            if let year = written.year {
                guard let date = written.civil(year: year) else { return nil }
                return (date, .written(notation: written.notation, year: .written), nil)
            }
            if let year = context.year, let date = written.civil(year: year) {
                return (date, .written(notation: written.notation, year: .context), nil)
            }
            if let reference = context.reference {
                let base = LocalDateTime(instant: reference, offsetSeconds: roughOffset).date.year
                let candidates = (base - 1...base + 1).compactMap { written.civil(year: $0) }
                guard let date = pick(candidates, clock: clock, reference: reference, tolerance: 86_400) else {
                    return nil
                }
                let note = Diagnostic(
                    code: .yearInferred, severity: .note, place: context.place,
                    message:
                        "no year written; \(date.year) puts it \(context.direction.rawValue) "
                        + "\(context.referenceSource ?? "the reference") \(InstantText.iso(reference))")
                return (date, .written(notation: written.notation, year: .reference), note)
            }
            if let fallback, let date = written.civil(year: fallback.year) {
                return (date, .written(notation: written.notation, year: .runningDate), nil)
            }
            return nil
        }
        if let fallback {
            return (fallback, fallbackSource ?? .context, nil)
        }
        guard let reference = context.reference else { return nil }
        let base = LocalDateTime(instant: reference, offsetSeconds: roughOffset).date
        let candidates = [base.adding(days: -1), base, base.adding(days: 1)]
        guard let date = pick(candidates, clock: clock, reference: reference, tolerance: 60) else { return nil }
        let note = Diagnostic(
            code: .dateInferred, severity: .note, place: context.place,
            message:
                "no date written; \(date) puts \(clock) \(context.direction.rawValue) "
                + "\(context.referenceSource ?? "the reference") \(InstantText.iso(reference))")
        return (date, .fromReference, note)
    }

    private func pick(_ candidates: [CivilDate], clock: WallClock, reference: Date, tolerance: Double) -> CivilDate? {
        let timed = candidates.map { ($0, LocalDateTime(date: $0, clock: clock).instant(offsetSeconds: roughOffset)) }
        switch context.direction {
        case .atOrBefore:
            return timed.filter { $0.1.timeIntervalSince(reference) <= tolerance }.max { $0.1 < $1.1 }?.0
                ?? timed.first?.0
        case .atOrAfter:
            return timed.filter { reference.timeIntervalSince($0.1) <= tolerance }.min { $0.1 < $1.1 }?.0
                ?? timed.last?.0
        case .nearest:
            return timed.min { abs($0.1.timeIntervalSince(reference)) < abs($1.1.timeIntervalSince(reference)) }?.0
        }
    }
}
