/// The grammar of time expressions, over the tokens of one text.
///
/// Points: `[weekday,] date [,|-|at|T] clock [zone]`, `clock [zone] [on|,] [weekday] date`, or a date alone.
/// Ranges: `[between|from] point (-|–|to|until|through|and) point`; one zone or meridiem written on
/// either end applies to both (T4). Dates: `Jan 10, 2025`, `January 10th`, `10 Jan 2025`,
/// `2025-01-10`, `2/24/24`, `1-10-2025`. Clocks: `9:48 AM`, `16:37`, `3:40pm`, `3pm`, `12:31:48.5`,
/// `3.54 AM` (a dot only before AM/PM). A zone word in another language may lead (`日本時間 23:01`).
struct TimeExpressionParser {
    let text: String
    let tokens: [TimeToken]
    let table: ZoneTable

    init(text: String, table: ZoneTable) {
        self.init(text: text, tokens: TimeTokenizer.tokens(in: text), table: table)
    }

    /// A parser over tokens already made from the text.
    init(text: String, tokens: [TimeToken], table: ZoneTable) {
        self.text = text
        self.tokens = tokens
        self.table = table
    }

    /// Every expression, left to right, not overlapping.
    func expressions() -> [TimeExpression] {
        var found: [TimeExpression] = []
        var index = 0
        var steps = 0
        while index < tokens.count {
            steps += 1
            if let (expression, next) = expression(at: index) {
                found.append(expression)
                steps += next - index
                index = next
            } else {
                index += 1
            }
        }
        WorkMeter.record(steps)
        return found
    }

    /// Lower-case words an expression can start with: openers, weekdays and months.
    static let startWords = Set(["between", "from"]).union(DateWords.weekdays).union(DateWords.months.keys)

    /// Whether a lower-case word is one of `startWords`: 3 to 9 letters, starting with a letter some
    /// month, weekday or opener starts with, then looked up.
    static func mayStart(_ lower: String) -> Bool {
        let utf8 = lower.utf8
        guard utf8.count >= 3, utf8.count <= 9, let first = utf8.first else { return false }
        switch first {
        case UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "j"),
            UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "o"), UInt8(ascii: "s"), UInt8(ascii: "t"),
            UInt8(ascii: "w"):
            return startWords.contains(lower)
        default: return false
        }
    }

    private func expression(at start: Int) -> (TimeExpression, Int)? {
        // Only a number or one of `startWords` starts a point or a range; punctuation and other
        // words never do, so they are passed over without trying each rule.
        switch tokens[start].kind {
        case .number: break
        case .word(_, let lower): guard Self.mayStart(lower) else { return nil }
        case .punct: return nil
        }
        var index = start
        var opener: String?
        if let word = tokens[index].lower, word == "between" || word == "from" {
            opener = word
            index += 1
            // `between approximately 21:41 and 03:15`: a hedge after the opener keeps the range.
            if index + 1 < tokens.count, tokens[index].isWord(Self.hedges), tokens[index + 1].number != nil {
                index += 1
            }
        }
        guard index < tokens.count, let (first, afterFirst) = point(at: index) else { return nil }
        if opener != nil, first.hasClock == false { return nil }
        let begin = opener == nil ? first.range.lowerBound : tokens[start].range.lowerBound
        var startPoint = first
        var endPoint: WrittenPoint?
        var next = afterFirst
        if first.hasClock, let (second, afterSecond) = rangeEnd(after: afterFirst, opener: opener) {
            (startPoint, endPoint) = RangeSharing.share(first, second)
            next = afterSecond
        }
        if startPoint.zone == nil, startPoint.hasClock,
            let (label, entry) = ZoneParser(tokens: tokens, table: table, text: text).leadingZone(before: begin)
        {
            startPoint.zoneLabel = label
            startPoint.zone = entry
            if endPoint != nil {
                endPoint?.zoneLabel = label
                endPoint?.zone = entry
                endPoint?.zoneShared = true
            }
        }
        let end = (endPoint ?? startPoint).range.upperBound
        let range = opener != nil && endPoint == nil ? startPoint.range : begin..<end
        let expression = TimeExpression(
            range: range, text: collapsed(range, from: opener != nil && endPoint == nil ? index : start, to: next),
            start: startPoint, end: endPoint, opener: endPoint == nil ? nil : opener)
        return (expression, next)
    }

    /// The text of a range of tokens with each run of whitespace written as one space.
    private func collapsed(_ range: Range<String.Index>, from first: Int, to last: Int) -> String {
        var out = ""
        var index = first
        while index < last, index < tokens.count, tokens[index].range.upperBound <= range.upperBound {
            if index > first, tokens[index].spaceBefore { out += " " }
            out += text[tokens[index].range]
            index += 1
        }
        return out
    }

    /// Words that hedge a range's start (`from about 10:00`).
    private static let hedges: Set<String> = ["approximately", "approx", "around", "about", "roughly", "circa"]

    /// Words between the two ends of a range.
    private static let connectors: Set<String> = ["to", "until", "till", "through", "thru"]

    private func rangeEnd(after index: Int, opener: String?) -> (WrittenPoint, Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        let isConnector =
            token.isPunct("-") || token.isWord(Self.connectors) || (opener == "between" && token.isWord("and"))
        guard isConnector, index + 1 < tokens.count, let (second, next) = point(at: index + 1), second.hasClock
        else { return nil }
        return (second, next)
    }

    /// A point: a date, a clock, or both, with a zone.
    func point(at start: Int) -> (WrittenPoint, Int)? {
        var index = start
        var weekday: Int?
        if tokens[index].isWord(DateWords.weekdays) {
            weekday = tokens[index].lower.flatMap(DateWords.weekdayNumber)
            var after = index + 1
            if after < tokens.count, tokens[after].isPunct(",") { after += 1 }
            if after < tokens.count, date(at: after) != nil { index = after } else { return nil }
        }
        if let (found, afterDate) = date(at: index) {
            var date = found
            date.weekday = weekday
            var clockIndex = afterDate
            if clockIndex < tokens.count {
                let token = tokens[clockIndex]
                if token.isPunct(",") || token.isPunct("-") || token.isPunct("@") || token.isWord("at")
                    || token.isWord("t")
                {
                    clockIndex += 1
                }
            }
            if let (clock, afterClock) = clock(at: clockIndex) {
                var point = clock
                point.date = date
                point.range = tokens[start].range.lowerBound..<point.range.upperBound
                return (point, afterClock)
            }
            if let (clock, afterClock) = clock(at: afterDate) {
                var point = clock
                point.date = date
                point.range = tokens[start].range.lowerBound..<point.range.upperBound
                return (point, afterClock)
            }
            let end = tokens[afterDate - 1].range.upperBound
            return (WrittenPoint(date: date, range: tokens[start].range.lowerBound..<end), afterDate)
        }
        guard start == index, var (point, next) = clock(at: index) else { return nil }
        if let (date, afterDate) = trailingDate(after: next) {
            point.date = date
            point.dateAfterClock = true
            point.range = point.range.lowerBound..<tokens[afterDate - 1].range.upperBound
            next = afterDate
        }
        return (point, next)
    }

    /// The date written after a clock, when one is.
    ///
    /// `on [weekday[,]] date`, `, date` with a year, `, weekday[,] date`, or, with nothing between,
    /// `[weekday[,]] date` in words (`12:45 PM PST Saturday Oct 30th`, `14:05 UTC 5 March`). A bare
    /// numeric date right after a clock is another column's, not this one's.
    private func trailingDate(after next: Int) -> (WrittenDate, Int)? {
        var index = next
        guard index < tokens.count else { return nil }
        let on = tokens[index].isWord("on")
        let comma = tokens[index].isPunct(",")
        if on || comma { index += 1 }
        var weekday: Int?
        if index < tokens.count, tokens[index].isWord(DateWords.weekdays) {
            weekday = tokens[index].lower.flatMap(DateWords.weekdayNumber)
            index += 1
            if index < tokens.count, tokens[index].isPunct(",") { index += 1 }
        }
        guard index < tokens.count, let (found, afterDate) = date(at: index) else { return nil }
        var date = found
        date.weekday = weekday
        let inWords = date.notation == "month-day-year" || date.notation == "day-month-year"
        let accepted = on || weekday != nil || (comma && date.year != nil) || (!comma && inWords)
        guard accepted else { return nil }
        // A date followed by its own clock starts the next point (`… 01:56 - 03:23 06 August 2021 05:27`).
        var clockIndex = afterDate
        if clockIndex < tokens.count,
            tokens[clockIndex].isPunct(",") || tokens[clockIndex].isPunct("-") || tokens[clockIndex].isWord("at")
        {
            clockIndex += 1
        }
        if !on, clock(at: clockIndex) != nil { return nil }
        return (date, afterDate)
    }

    /// A clock with its zone: `9:48 AM EST`, `16:37:00Z`, `3pm`, `07:50 US/Pacific`.
    func clock(at start: Int) -> (WrittenPoint, Int)? {
        guard start < tokens.count, let hour = tokens[start].number, tokens[start].digits <= 2 else { return nil }
        if start > 0, tokens[start - 1].isPunct(":") || tokens[start - 1].isPunct("."), !tokens[start].spaceBefore {
            return nil
        }
        var index = start + 1
        var point = WrittenPoint(hour: hour, range: tokens[start].range)
        var hasMinutes = false
        var hasSeconds = false
        if let minute = attachedNumber(after: index, separator: ":", digits: 2)
            ?? dottedMinute(after: index)
        {
            point.minute = minute
            hasMinutes = true
            index += 2
            if let second = attachedNumber(after: index, separator: ":", digits: 2) {
                point.second = second
                hasSeconds = true
                index += 2
                if let fraction = attachedFraction(after: index) {
                    point.nanosecond = fraction
                    index += 2
                }
            }
        }
        if let (meridiem, next) = meridiem(at: index) {
            point.meridiem = meridiem
            index = next
        }
        guard hasMinutes || point.meridiem != nil else { return nil }
        // `13:55 PM` and `00:30 AM` are 24-hour clocks with a redundant meridiem; `13:55 AM` says
        // two different things and is no time.
        if hasMinutes, (point.meridiem == .pm && (13...23).contains(hour)) || (point.meridiem == .am && hour == 0) {
            point.meridiem = nil
        }
        if point.meridiem != nil, !(1...12).contains(hour) { return nil }
        guard point.minute < 60, point.second <= 60, point.clock != nil else { return nil }
        if index < tokens.count, tokens[index].digits > 0, !tokens[index].spaceBefore { return nil }
        point.range = tokens[start].range.lowerBound..<tokens[index - 1].range.upperBound
        if let (label, entry, next) = ZoneParser(tokens: tokens, table: table, text: text).zone(
            at: index, afterSeconds: hasSeconds)
        {
            point.zoneLabel = label
            point.zone = entry
            point.range = point.range.lowerBound..<tokens[next - 1].range.upperBound
            index = next
        }
        return (point, index)
    }

    /// `3.54 AM`: a dot between hour and minutes, read only before AM/PM (so `v2.10` stays a version).
    private func dottedMinute(after index: Int) -> Int? {
        guard let minute = attachedNumber(after: index, separator: ".", digits: 2), meridiem(at: index + 2) != nil
        else { return nil }
        return minute
    }

    private func attachedNumber(after index: Int, separator: Character, digits: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].isPunct(separator), !tokens[index].spaceBefore,
            !tokens[index + 1].spaceBefore, tokens[index + 1].digits == digits
        else { return nil }
        return tokens[index + 1].number
    }

    private func attachedFraction(after index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].isPunct("."), !tokens[index].spaceBefore,
            !tokens[index + 1].spaceBefore, let value = tokens[index + 1].number
        else { return nil }
        let digits = tokens[index + 1].digits
        guard digits <= 9 else { return nil }
        var scale = 1
        for _ in 0..<(9 - digits) { scale *= 10 }
        return value * scale
    }

    private func meridiem(at index: Int) -> (WrittenPoint.Meridiem, Int)? {
        guard index < tokens.count, let word = tokens[index].lower else { return nil }
        switch word {
        case "am": return (.am, index + 1)
        case "pm": return (.pm, index + 1)
        case "a", "p":
            guard index + 2 < tokens.count, tokens[index + 1].isPunct("."), tokens[index + 2].isWord("m") else {
                return nil
            }
            var next = index + 3
            if next < tokens.count, tokens[next].isPunct("."), !tokens[next].spaceBefore { next += 1 }
            return (word == "a" ? .am : .pm, next)
        default: return nil
        }
    }

    /// A date at a token, see `DateParser`.
    func date(at index: Int) -> (WrittenDate, Int)? {
        DateParser(tokens: tokens, text: text).date(at: index)
    }
}
