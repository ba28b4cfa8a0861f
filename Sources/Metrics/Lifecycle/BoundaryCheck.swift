import Foundation

/// Decides whether a line's time may serve as a lifecycle boundary, and says why not.
///
/// A time is passed over when Chronology warned that its date is off (see ``OffDateFinder``), when
/// it falls more than a day before the incident's start (the declared start field or the first
/// update, whichever is earlier), when it is told in an update body yet falls more than an hour
/// after that update was posted (a time told as past cannot be later than its telling; an hour
/// leaves room for a backdated post), and, for an end (mitigated, resolved), when it falls before
/// the impact start.
struct BoundaryCheck {
    /// The incident's start: the earlier of the declared start field and the first update.
    var reference: Date?

    /// How far before `reference` a boundary may fall.
    static let earlySlack: TimeInterval = 86_400
    /// How far after its update's posting a body time may fall.
    static let lateSlack: TimeInterval = 3_600

    /// Why the line's time (`isEnd`: the range end) cannot be the boundary, or `nil` when it can.
    func rejection(_ line: LifecycleLine, isEnd: Bool = false, notBefore start: Date? = nil) -> String? {
        let instant = isEnd ? line.finish : line.start
        if isEnd ? line.offDateEnd : line.offDateStart {
            return "\"\(line.written)\" passed over: Chronology warns its date disagrees with the incident"
        }
        return rejection(line, at: instant, notBefore: start)
    }

    /// Why `instant`, read from the line, cannot be the boundary, ignoring the date warnings.
    func rejection(_ line: LifecycleLine, at instant: Date, notBefore start: Date? = nil) -> String? {
        if let reference, instant < reference.addingTimeInterval(-Self.earlySlack) {
            return "\"\(line.written)\" passed over: more than a day before the incident's start "
                + reference.ISO8601Format()
        }
        if isLate(line, at: instant), let posted = line.posted {
            return "\"\(line.written)\" passed over: more than an hour after the update that tells it ("
                + posted.ISO8601Format() + ")"
        }
        if let start, instant < start {
            return "\"\(line.written)\" passed over: before the impact start " + start.ISO8601Format()
        }
        return nil
    }

    /// Whether `instant`, told in an update body, falls more than an hour after that update's posting.
    func isLate(_ line: LifecycleLine, at instant: Date) -> Bool {
        line.posted.map { instant > $0.addingTimeInterval(Self.lateSlack) } ?? false
    }
}
