/// The zone a page prints its times in, inferred from the zone labels of an incident's own
/// status-update stamps when the reader found no page zone (feeds, home pages, AWS).
///
/// Each label stands for a zone: an abbreviation with a daylight/standard partner in its region
/// (`PDT`/`PST`, `EDT`/`EST`, `CEST`/`CET`) stands for the region (`America/Los_Angeles`), read
/// through the tz database with DST; `UTC`, `GMT`, `Z` stand for `UTC` (`GMT` beside `BST` for
/// `Europe/London`); a numeric label
/// (`GMT+08:00`) for its offset; a region word (`ET`) or identifier for its region; any other
/// abbreviation (`JST`) for itself. An ambiguous abbreviation (`CST`) stands for a region only when
/// its partner (`CDT`) is also written. The zone most stamps stand for wins (ties: the first written).
public struct InferredPageZone: Sendable, Hashable {
    /// The zone, as a label the zone table reads: `America/Los_Angeles`, `UTC`, `GMT+08:00`, `JST`.
    public var zone: String
    /// The stamp labels that stand for it, in the order first written (`PDT`, `PST`).
    public var labels: [String]

    /// Creates an inferred zone.
    public init(zone: String, labels: [String]) {
        self.zone = zone
        self.labels = labels
    }

    /// `the page's zone America/Los_Angeles, inferred from its stamps (PDT, PST)`.
    public var phrase: String {
        "the page's zone \(zone), inferred from its stamps (\(labels.joined(separator: ", ")))"
    }

    /// The zone most of the stamp labels stand for, or `nil` when no label is a zone.
    public static func infer(fromStampLabels labels: [String], table: ZoneTable = .standard) -> InferredPageZone? {
        let written = Set(labels.map { $0.uppercased() })
        var counts: [String: Int] = [:]
        var order: [String] = []
        var members: [String: [String]] = [:]
        for label in labels {
            guard let zone = zone(for: label, written: written, table: table) else { continue }
            if counts[zone] == nil { order.append(zone) }
            counts[zone, default: 0] += 1
            if members[zone]?.contains(label) != true { members[zone, default: []].append(label) }
        }
        guard let best = order.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) else { return nil }
        // `max(by:)` returns the last of equal elements; prefer the first written among ties.
        let top = counts[best, default: 0]
        let chosen = order.first { counts[$0] == top } ?? best
        return InferredPageZone(zone: chosen, labels: members[chosen] ?? [])
    }

    /// The zone one label stands for.
    static func zone(for label: String, written: Set<String>, table: ZoneTable) -> String? {
        guard let entry = table.lookup(label) else { return nil }
        switch entry.kind {
        case .numeric:
            return entry.offsetSeconds == 0 && entry.identifier == nil ? "UTC" : entry.label
        case .region:
            return entry.identifier ?? entry.label
        case .abbreviation:
            // GMT beside BST is London's winter time; alone it is UTC.
            if entry.label == "GMT", written.contains("BST") { return "Europe/London" }
            if entry.offsetSeconds == 0, entry.identifier == nil { return "UTC" }
            if let partner = partner(of: entry), let region = entry.identifier,
                !entry.isAmbiguous || written.contains(partner)
            {
                return region
            }
            return entry.label
        }
    }

    /// The rows `partner(of:)` searches: every fixed abbreviation, then each ambiguous label's first meaning.
    private static let partnerRows = ZoneAbbreviations.rows + ZoneAbbreviations.ambiguous.values.map { $0[0] }

    /// The label of the other half of an abbreviation's daylight/standard pair in the same region.
    static func partner(of entry: ZoneEntry) -> String? {
        guard let region = entry.identifier else { return nil }
        if let row = partnerRows.first(where: { $0.region == region && $0.daylight != entry.isDaylight }) {
            return row.label
        }
        // British Summer Time pairs with GMT, which has no region of its own in the table.
        return entry.label == "BST" ? "GMT" : nil
    }
}
