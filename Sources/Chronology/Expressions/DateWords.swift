/// Month and weekday names, and the words around dates.
enum DateWords {
    /// Month names and abbreviations, lower-cased → month number.
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Month names in order, for messages.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Weekday names and abbreviations, lower-cased.
    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]

    /// The day of the week a weekday word names, 0 = Sunday … 6 = Saturday (as ``CivilDate/weekday``).
    static func weekdayNumber(_ lower: String) -> Int? {
        guard weekdays.contains(lower) else { return nil }
        return ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].firstIndex(of: String(lower.prefix(3)))
    }

    /// Weekday names in order from Sunday, for messages.
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Ordinal suffixes (`10th`).
    static let ordinals: Set<String> = ["st", "nd", "rd", "th"]
}
