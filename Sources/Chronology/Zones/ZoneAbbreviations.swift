/// The fixed-offset abbreviation table behind `ZoneTable`.
///
/// Each abbreviation has one fixed offset all year (`EST` is −05:00 even in July) and the tz region
/// whose calendar says when it is in season. Ambiguous abbreviations list their default meaning
/// first; `ReconcileOptions.ambiguousZones` or the page zone choose another.
enum ZoneAbbreviations {
    /// A compact row: label, offset in minutes, region, daylight flag, name.
    typealias Row = (label: String, minutes: Int, region: String?, daylight: Bool, name: String)

    /// Unambiguous abbreviations.
    static let rows: [Row] = [
        ("UTC", 0, nil, false, "Coordinated Universal Time"),
        ("GMT", 0, nil, false, "Greenwich Mean Time"),
        ("UT", 0, nil, false, "Universal Time"),
        ("Z", 0, nil, false, "Zulu (UTC)"),
        ("WET", 0, "Europe/Lisbon", false, "Western European Time"),
        ("WEST", 60, "Europe/Lisbon", true, "Western European Summer Time"),
        ("CET", 60, "Europe/Berlin", false, "Central European Time"),
        ("CEST", 120, "Europe/Berlin", true, "Central European Summer Time"),
        ("MET", 60, "Europe/Berlin", false, "Middle European Time"),
        ("MEST", 120, "Europe/Berlin", true, "Middle European Summer Time"),
        ("EET", 120, "Europe/Athens", false, "Eastern European Time"),
        ("EEST", 180, "Europe/Athens", true, "Eastern European Summer Time"),
        ("MSK", 180, "Europe/Moscow", false, "Moscow Time"),
        ("TRT", 180, "Europe/Istanbul", false, "Turkey Time"),
        ("IDT", 180, "Asia/Jerusalem", true, "Israel Daylight Time"),
        ("WAT", 60, "Africa/Lagos", false, "West Africa Time"),
        ("CAT", 120, "Africa/Maputo", false, "Central Africa Time"),
        ("SAST", 120, "Africa/Johannesburg", false, "South Africa Standard Time"),
        ("EAT", 180, "Africa/Nairobi", false, "East Africa Time"),
        ("GST", 240, "Asia/Dubai", false, "Gulf Standard Time"),
        ("PKT", 300, "Asia/Karachi", false, "Pakistan Standard Time"),
        ("NPT", 345, "Asia/Kathmandu", false, "Nepal Time"),
        ("ICT", 420, "Asia/Bangkok", false, "Indochina Time"),
        ("WIB", 420, "Asia/Jakarta", false, "Western Indonesia Time"),
        ("SGT", 480, "Asia/Singapore", false, "Singapore Time"),
        ("HKT", 480, "Asia/Hong_Kong", false, "Hong Kong Time"),
        ("PHT", 480, "Asia/Manila", false, "Philippine Time"),
        ("MYT", 480, "Asia/Kuala_Lumpur", false, "Malaysia Time"),
        ("AWST", 480, "Australia/Perth", false, "Australian Western Standard Time"),
        ("JST", 540, "Asia/Tokyo", false, "Japan Standard Time"),
        ("KST", 540, "Asia/Seoul", false, "Korea Standard Time"),
        ("ACST", 570, "Australia/Adelaide", false, "Australian Central Standard Time"),
        ("ACDT", 630, "Australia/Adelaide", true, "Australian Central Daylight Time"),
        ("AEST", 600, "Australia/Sydney", false, "Australian Eastern Standard Time"),
        ("AEDT", 660, "Australia/Sydney", true, "Australian Eastern Daylight Time"),
        ("NZST", 720, "Pacific/Auckland", false, "New Zealand Standard Time"),
        ("NZDT", 780, "Pacific/Auckland", true, "New Zealand Daylight Time"),
        ("BRT", -180, "America/Sao_Paulo", false, "Brasília Time"),
        ("ART", -180, "America/Argentina/Buenos_Aires", false, "Argentina Time"),
        ("CLT", -240, "America/Santiago", false, "Chile Standard Time"),
        ("CLST", -180, "America/Santiago", true, "Chile Summer Time"),
        ("NST", -210, "America/St_Johns", false, "Newfoundland Standard Time"),
        ("NDT", -150, "America/St_Johns", true, "Newfoundland Daylight Time"),
        ("ADT", -180, "America/Halifax", true, "Atlantic Daylight Time"),
        ("EST", -300, "America/New_York", false, "Eastern Standard Time (US)"),
        ("EDT", -240, "America/New_York", true, "Eastern Daylight Time (US)"),
        ("CDT", -300, "America/Chicago", true, "Central Daylight Time (US)"),
        ("MST", -420, "America/Denver", false, "Mountain Standard Time (US)"),
        ("MDT", -360, "America/Denver", true, "Mountain Daylight Time (US)"),
        ("PST", -480, "America/Los_Angeles", false, "Pacific Standard Time (US)"),
        ("PDT", -420, "America/Los_Angeles", true, "Pacific Daylight Time (US)"),
        ("AKST", -540, "America/Anchorage", false, "Alaska Standard Time"),
        ("AKDT", -480, "America/Anchorage", true, "Alaska Daylight Time"),
        ("HST", -600, "Pacific/Honolulu", false, "Hawaii Standard Time"),
        ("HDT", -540, "America/Adak", true, "Hawaii-Aleutian Daylight Time"),
    ]

    /// Ambiguous abbreviations: every meaning, the default first.
    static let ambiguous: [String: [Row]] = [
        "IST": [
            ("IST", 330, "Asia/Kolkata", false, "India Standard Time"),
            ("IST", 60, "Europe/London", true, "Irish Standard Time (summer, as Europe/Dublin)"),
            ("IST", 120, "Asia/Jerusalem", false, "Israel Standard Time"),
        ],
        "CST": [
            ("CST", -360, "America/Chicago", false, "Central Standard Time (US)"),
            ("CST", 480, "Asia/Shanghai", false, "China Standard Time"),
            ("CST", -300, "America/Havana", false, "Cuba Standard Time"),
        ],
        "BST": [
            ("BST", 60, "Europe/London", true, "British Summer Time"),
            ("BST", 360, "Asia/Dhaka", false, "Bangladesh Standard Time"),
        ],
        "AST": [
            ("AST", -240, "America/Halifax", false, "Atlantic Standard Time"),
            ("AST", 180, "Asia/Riyadh", false, "Arabia Standard Time"),
        ],
    ]

    /// Region words read through the tz database: label (upper-cased) → identifier.
    static let regionWords: [String: String] = [
        "ET": "America/New_York", "EASTERN": "America/New_York", "EASTERN TIME": "America/New_York",
        "US EASTERN": "America/New_York",
        "CT": "America/Chicago", "CENTRAL": "America/Chicago", "CENTRAL TIME": "America/Chicago",
        "MT": "America/Denver", "MOUNTAIN": "America/Denver", "MOUNTAIN TIME": "America/Denver",
        "PT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles", "PACIFIC TIME": "America/Los_Angeles",
        "US PACIFIC": "America/Los_Angeles",
        "AKT": "America/Anchorage", "ALASKA TIME": "America/Anchorage",
        "UK TIME": "Europe/London", "LONDON TIME": "Europe/London",
    ]

    /// Spelled-out names of abbreviations: upper-cased name → abbreviation.
    static let longNames: [String: String] = [
        "EASTERN STANDARD TIME": "EST", "EASTERN DAYLIGHT TIME": "EDT",
        "CENTRAL STANDARD TIME": "CST", "CENTRAL DAYLIGHT TIME": "CDT",
        "MOUNTAIN STANDARD TIME": "MST", "MOUNTAIN DAYLIGHT TIME": "MDT",
        "PACIFIC STANDARD TIME": "PST", "PACIFIC DAYLIGHT TIME": "PDT",
        "COORDINATED UNIVERSAL TIME": "UTC", "GREENWICH MEAN TIME": "GMT",
        "BRITISH SUMMER TIME": "BST", "CENTRAL EUROPEAN TIME": "CET", "CENTRAL EUROPEAN SUMMER TIME": "CEST",
    ]
}
