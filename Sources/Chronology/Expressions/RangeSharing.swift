/// Shares what one end of a range writes with the other (T4).
///
/// A zone written on either end applies to both (`10:52 AM - 12:55 PM EST`, `between 17:16 and
/// 18:21 UTC`); a date on the start applies to the end, and a date after the end to a start
/// written without one when the range stays within the day; a meridiem on one end applies to the other
/// when that keeps the start before the end (`11:30 - 1:15 PM` reads the start as AM).
enum RangeSharing {
    static func share(_ first: WrittenPoint, _ second: WrittenPoint) -> (WrittenPoint, WrittenPoint) {
        var start = first
        var end = second
        if start.zoneLabel == nil, end.zoneLabel != nil {
            start.zoneLabel = end.zoneLabel
            start.zone = end.zone
            start.zoneShared = true
        } else if end.zoneLabel == nil, start.zoneLabel != nil {
            end.zoneLabel = start.zoneLabel
            end.zone = start.zone
            end.zoneShared = true
        }
        if end.date == nil, let date = start.date {
            end.date = date
        } else if start.date == nil, end.dateAfterClock, let date = end.date, let a = start.clock, let b = end.clock,
            a <= b
        {
            // `from 1:00 am to 1:30 am (GMT) on Wednesday, February 10`: the date written after the
            // end is the whole range's, unless the range passes midnight.
            start.date = date
        }
        if start.meridiem == nil, let meridiem = end.meridiem, let hour = start.hour, (1...12).contains(hour) {
            start.meridiem = meridiem
            if let a = start.clock, let b = end.clock, a > b { start.meridiem = meridiem == .pm ? .am : .pm }
            start.meridiemShared = true
        } else if end.meridiem == nil, let meridiem = start.meridiem, let hour = end.hour, (1...12).contains(hour) {
            end.meridiem = meridiem
            if let a = start.clock, let b = end.clock, a > b, meridiem == .am { end.meridiem = .pm }
            end.meridiemShared = true
        }
        return (start, end)
    }
}
