/// Numbers written as digits or words in durations and promises ("five hours", "an hour").
enum NumberWords {
    /// The words read, and their values.
    static let values: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    ]

    /// The value of digits (`2.5`) or a word (`five`), or `nil`.
    static func value(_ text: Substring) -> Double? {
        Double(text) ?? values[text.lowercased()]
    }

    /// Minutes for a unit (`hours` → 60, `m` → 1), or `nil`.
    static func minutes(perUnit unit: Substring) -> Double? {
        switch unit.lowercased() {
        case "h", "hr", "hrs", "hour", "hours": 60
        case "m", "min", "mins", "minute", "minutes": 1
        case "d", "day", "days": 1440
        default: nil
        }
    }
}
