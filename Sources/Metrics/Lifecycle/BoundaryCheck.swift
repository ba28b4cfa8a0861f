import Foundation
import IncidentModel

/// Decides whether a line's time may serve as a lifecycle boundary, and says why not.
///
/// A time is passed over when Chronology warned that its date is off (see ``OffDateFinder``), when
/// it falls more than a day before the incident's start (the declared start field or the first
/// update, whichever is earlier), when it is told in an update body with a day taken from its
/// context (no date written with it) or with no zone written (UTC assumed) yet falls more than an
/// hour after that update was posted (a time told as past cannot be later than its telling, so its
/// day or zone was misread; an hour leaves room for a backdated post, and a dated log line with its
/// zone, appended to an old update, is taken as written), and,
/// for an end (mitigated, resolved), when it falls before the impact start.
struct BoundaryCheck {
    /// The incident's start: the earlier of the declared start field and the first update.
    var reference: Date?

    /// How far before `reference` a boundary may fall.
    static let earlySlack: TimeInterval = 86_400
    /// How far after its update's posting a body time may fall.
    static let lateSlack: TimeInterval = 3_600

    /// Why the line's time (`isEnd`: the range end) cannot be the boundary, or `nil` when it can.
    func rejection(_ line: LifecycleLine, isEnd: Bool = false, notBefore start: Date? = nil) -> PassedOver? {
        let instant = isEnd ? line.finish : line.start
        if isEnd ? line.offDateEnd : line.offDateStart {
            return PassedOver(written: line.written, reason: .dateDisagrees)
        }
        return rejection(line, at: instant, notBefore: start)
    }

    /// Why `instant`, read from the line, cannot be the boundary, ignoring the date warnings.
    func rejection(_ line: LifecycleLine, at instant: Date, notBefore start: Date? = nil) -> PassedOver? {
        if let reference, instant < reference.addingTimeInterval(-Self.earlySlack) {
            return PassedOver(written: line.written, reason: .dayBeforeStart(reference))
        }
        if isLate(line, at: instant), let posted = line.posted {
            return PassedOver(written: line.written, reason: .afterItsUpdate(posted: posted))
        }
        if let start, instant < start {
            return PassedOver(written: line.written, reason: .beforeImpactStart(start))
        }
        return nil
    }

    /// Whether `instant`, told in an update body with a day taken from its context or a zone
    /// assumed, falls more than an hour after that update's posting.
    func isLate(_ line: LifecycleLine, at instant: Date) -> Bool {
        guard let posted = line.posted, instant > posted.addingTimeInterval(Self.lateSlack) else { return false }
        let time = instant != line.start ? (line.entry.end ?? line.entry.time) : line.entry.time
        return Self.dayFromContext(time, start: line.entry.time) || time.zone.basis == .assumed
    }

    /// Whether Chronology took the time's day from its context (the running date, the reference
    /// instant, the range's start) rather than from a date written with it; its rule's date step
    /// says which (``TimeRule/DateBasis``).
    static func dayFromContext(_ time: ResolvedTime, start: ResolvedTime?) -> Bool {
        let dates = time.rule.steps.compactMap { step -> TimeRule.DateBasis? in
            if case .date(let basis) = step { return basis }
            return nil
        }
        if dates.contains(where: \.isRangeStart), let start, start != time {
            return dayFromContext(start, start: nil)
        }
        return dates.contains(where: \.isFromContext)
            || time.diagnostics.contains { $0.has(.dateInferred) }
    }
}
