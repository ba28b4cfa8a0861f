import Foundation
import IncidentModel

/// Looks up a zone label: a fixed abbreviation, a region word, a tz identifier or a numeric offset.
///
/// Abbreviations have one fixed offset all year and know their region for the season check
/// (`EST` → −05:00, `America/New_York`). Region words (`ET`, `Pacific Time`) and tz identifiers
/// (`US/Pacific`, `Etc/UTC`) are read through the tz database. `TimeZone(abbreviation:)` is never
/// used: it maps `EST` to New York with daylight time.
public struct ZoneTable: Sendable {
    private let fixed: [String: ZoneEntry]

    /// Creates the table.
    public init() {
        var table: [String: ZoneEntry] = [:]
        for row in ZoneAbbreviations.rows { table[row.label] = ZoneTable.entry(row) }
        for (label, rows) in ZoneAbbreviations.ambiguous {
            var first = ZoneTable.entry(rows[0])
            first.alternatives = rows.dropFirst().map(ZoneTable.entry)
            table[label] = first
        }
        fixed = table
    }

    /// The shared table.
    public static let standard = ZoneTable()

    /// Every fixed abbreviation the table knows, sorted.
    public var abbreviations: [String] { fixed.keys.sorted() }

    /// The meaning of a label, or `nil` when it is not a zone.
    ///
    /// Accepts `EST`, `(UTC)`, `Z`, `ET`, `Eastern Time`, `Pacific Standard Time`, `US/Pacific`,
    /// `America/New_York`, `Etc/UTC`, `+05:30`, `-0500`, `GMT+08:00`, `UTC-5`.
    public func lookup(_ label: String) -> ZoneEntry? {
        if let entry = fixed[label] { return entry }
        if let upper = Self.uppercasedLetters(label) {
            // Letters only: no space to trim or collapse, no parentheses, sign or slash.
            return named(upper, text: label)
        }
        if let upper = Self.uppercasedTidyASCII(label) {
            // ASCII with no whitespace and no opening parenthesis: nothing to trim or collapse.
            return named(upper, text: label) ?? numericOrIdentifier(upper, text: label)
        }
        var text = label.trimmingWhitespace()
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return nil }
        let upper = text.uppercased()
        return named(upper, text: text) ?? numericOrIdentifier(upper, text: text)
    }

    /// A numeric offset or a tz identifier, for a label that is not an abbreviation or region word.
    private func numericOrIdentifier(_ upper: String, text: String) -> ZoneEntry? {
        if let offset = ZoneTable.numericOffset(upper) {
            return ZoneEntry(label: text, kind: .numeric, offsetSeconds: offset, name: text)
        }
        if text.utf8.contains(0x2F), let zone = TimeZone(identifier: text) {
            if zone.identifier == "GMT" || text.hasSuffix("/UTC") || text.hasSuffix("/GMT") || text == "Etc/UCT" {
                return ZoneEntry(label: text, kind: .numeric, offsetSeconds: 0, identifier: text, name: text)
            }
            return ZoneEntry(label: text, kind: .region, identifier: zone.identifier, name: zone.identifier)
        }
        // A mistyped area before a region word (`UC/Pacific` for `US/Pacific`) still names the region.
        if let slash = text.lastIndex(of: "/"), text.filter({ $0 == "/" }).count == 1,
            let region = named(
                String(upper[upper.index(after: slash)...]), text: String(text[text.index(after: slash)...])),
            region.kind == .region
        {
            return region
        }
        return nil
    }

    /// An abbreviation, long name or region word, by its upper-case spelling.
    private func named(_ upper: String, text: String) -> ZoneEntry? {
        if let entry = fixed[upper] { return entry }
        if let abbreviation = ZoneAbbreviations.longNames[upper], var entry = fixed[abbreviation] {
            entry.alternatives = []
            return entry
        }
        if let identifier = ZoneAbbreviations.regionWords[upper] {
            return ZoneEntry(label: text, kind: .region, identifier: identifier, name: identifier)
        }
        return nil
    }

    /// The label in upper case when it is ASCII letters only (and not empty), else `nil`.
    private static func uppercasedLetters(_ label: String) -> String? {
        var lower = false
        for byte in label.utf8 {
            switch byte {
            case 0x41...0x5A: continue
            case 0x61...0x7A: lower = true
            default: return nil
            }
        }
        if label.isEmpty { return nil }
        return lower ? String(decoding: label.utf8.map { $0 & 0xDF }, as: UTF8.self) : label
    }

    /// The label in upper case when it is ASCII without whitespace and does not start with `(`
    /// (and is not empty), else `nil`.
    private static func uppercasedTidyASCII(_ label: String) -> String? {
        var lower = false
        for byte in label.utf8 {
            if byte >= 0x80 || byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return nil }
            if byte >= 0x61 && byte <= 0x7A { lower = true }
        }
        guard let first = label.utf8.first, first != 0x28 else { return nil }
        return lower
            ? String(decoding: label.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 & 0xDF : $0 }, as: UTF8.self) : label
    }

    /// The meaning to use for a label, choosing among an ambiguous abbreviation's meanings.
    ///
    /// The preference (from `ReconcileOptions.ambiguousZones`, a tz identifier or a name) wins, then
    /// the page zone's region or offset, then the default meaning. Returns the choice and the reason.
    public func choose(
        _ entry: ZoneEntry, pageZone: String?, preferred: String?
    ) -> (entry: ZoneEntry, reason: String) {
        guard entry.isAmbiguous else { return (entry, "") }
        let meanings = entry.meanings
        if let preferred {
            if let hit = meanings.first(where: { $0.identifier == preferred || $0.name == preferred }) {
                return (hit, "option ambiguousZones[\(entry.label)] = \(preferred)")
            }
        }
        if let pageZone, pageZone.uppercased() != entry.label, let page = lookup(pageZone) {
            let pageOffset = page.offsetSeconds
            if let hit = meanings.first(where: {
                ($0.identifier != nil && $0.identifier == page.identifier)
                    || (page.kind == .abbreviation && pageOffset != nil && $0.offsetSeconds == pageOffset)
            }) {
                return (hit, "page zone \(pageZone)")
            }
        }
        return (meanings[0], "default meaning")
    }

    /// Parses `+05:30`, `-0500`, `+5`, `GMT+08:00`, `UTC-5`, `UTC+5:30` to seconds east of UTC.
    static func numericOffset(_ upper: String) -> Int? {
        var rest = Substring(upper)
        for prefix in ["GMT", "UTC", "UT"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop(while: { $0 == " " })
        guard let sign = rest.first, sign == "+" || sign == "-" || sign == "−" else { return nil }
        let body = rest.dropFirst()
        let digits = body.filter(\.isNumber)
        guard !digits.isEmpty, body.allSatisfy({ $0.isNumber || $0 == ":" }) else { return nil }
        let hours: Int
        let minutes: Int
        if let colon = body.firstIndex(of: ":") {
            guard let h = Int(body[..<colon]), let m = Int(body[body.index(after: colon)...]),
                body[body.index(after: colon)...].count == 2
            else { return nil }
            (hours, minutes) = (h, m)
        } else if digits.count <= 2, let h = Int(digits) {
            (hours, minutes) = (h, 0)
        } else if digits.count == 4, let value = Int(digits) {
            (hours, minutes) = (value / 100, value % 100)
        } else {
            return nil
        }
        guard hours <= 14, minutes < 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return sign == "+" ? seconds : -seconds
    }

    private static func entry(_ row: ZoneAbbreviations.Row) -> ZoneEntry {
        ZoneEntry(
            label: row.label, kind: .abbreviation, offsetSeconds: row.minutes * 60, identifier: row.region,
            isDaylight: row.daylight, name: row.name)
    }
}
