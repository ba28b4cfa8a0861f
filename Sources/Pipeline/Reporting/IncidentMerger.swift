import IncidentModel

/// Folds the copies of one incident read from several sources (a feed, its history page, the JSON,
/// a postmortem document) into one, so a report counts each incident once.
///
/// Copies share a vendor (compared without case) and an id; or, for sources that name incidents
/// their own way (an aggregator's page), a vendor, a title and the minute of the first update once
/// times are reconciled (`sameStoryGroups`). The copy with the most timed updates
/// is kept whole, its updates never mixed with another copy's; from the others it takes what it
/// lacks (impact, components, URL, page zone, postmortem, declared bounds, markers) and their
/// diagnostics, and it gets a `merge.sources` note naming every file it was read from.
public struct IncidentMerger: Sendable {
    /// Creates a merger.
    public init() {}

    /// One incident per vendor and id, in the order each was first read.
    public func merge(_ incidents: [Incident]) -> [Incident] {
        var order: [Key] = []
        var groups: [Key: [Incident]] = [:]
        for incident in incidents {
            let key = Key(vendor: incident.vendor.lowercased(), id: incident.id.lowercased())
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(incident)
        }
        return order.compactMap { key in groups[key].map(fold) }
    }

    private struct Key: Hashable {
        var vendor: String
        var id: String
    }

    /// Groups of indices of reconciled incidents that tell the same story.
    ///
    /// The same story is the same vendor (without case), the same title (without case or extra
    /// spaces) and a first update in the same minute, told by sources of different formats: two
    /// records of one format with their own ids are two incidents, even when a page published them
    /// in the same minute under the same title. Groups are in the order of their first member; an
    /// incident without a title or a timed update stands alone.
    public func sameStoryGroups(_ reconciled: [Incident]) -> [[Int]] {
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for (index, incident) in reconciled.enumerated() {
            let title = incident.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let key: String
            if let first = incident.firstUpdate, !title.isEmpty {
                let minute = Int((first.timeIntervalSince1970 / 60).rounded(.down))
                key = "\(incident.vendor.lowercased())\u{1F}\(title)\u{1F}\(minute)"
            } else {
                key = "\u{1E}\(index)"
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var result: [[Int]] = []
        for group in order.compactMap({ groups[$0] }) {
            let formats = Set(group.map { reconciled[$0].sourceFormat })
            if formats.count == group.count { result.append(group) } else { result += group.map { [$0] } }
        }
        return result.sorted { $0[0] < $1[0] }
    }

    /// The copies of one incident folded into the richest.
    public func fold(_ copies: [Incident]) -> Incident {
        guard copies.count > 1 else { return copies[0] }
        let ranked = copies.sorted(by: Self.richer)
        var merged = ranked[0]
        for other in ranked.dropFirst() {
            if merged.title.isEmpty { merged.title = other.title }
            if merged.impact == .unknown { merged.impact = other.impact }
            if merged.components.isEmpty { merged.components = other.components }
            if merged.url == nil { merged.url = other.url }
            if merged.pageZone == nil { merged.pageZone = other.pageZone }
            if merged.postmortem == nil { merged.postmortem = other.postmortem }
            if merged.declaredStart == nil { merged.declaredStart = other.declaredStart }
            if merged.declaredEnd == nil { merged.declaredEnd = other.declaredEnd }
            merged.isMaintenance = merged.isMaintenance || other.isMaintenance
            merged.markers.merge(other.markers) { kept, _ in kept }
            for diagnostic in other.diagnostics where !merged.diagnostics.contains(diagnostic) {
                merged.diagnostics.append(diagnostic)
            }
        }
        merged.diagnostics.removeAll { $0.code == Self.sourcesCode }
        var sources: [String] = []
        for copy in ranked {
            let listed =
                copy.diagnostics.first { $0.code == Self.sourcesCode }?.readings
                ?? ["\(copy.place.file) (\(copy.sourceFormat.rawValue), \(copy.updates.count) updates)"]
            for source in listed where !sources.contains(source) { sources.append(source) }
        }
        merged.diagnostics.append(
            Diagnostic(
                code: Self.sourcesCode, severity: .note, place: merged.place,
                message: "read from \(sources.count) sources; the updates are those of the first, the others "
                    + "filled what it lacked",
                readings: sources))
        return merged
    }

    /// The code of the note that lists the sources of a merged incident.
    public static let sourcesCode = "merge.sources"

    /// Whether `lhs` is the better copy to keep: more timed updates, then a format that carries
    /// exact instants, then the file name.
    static func richer(_ lhs: Incident, _ rhs: Incident) -> Bool {
        let left = lhs.updates.filter { $0.written.exact != nil }.count
        let right = rhs.updates.filter { $0.written.exact != nil }.count
        if left != right { return left > right }
        if lhs.updates.count != rhs.updates.count { return lhs.updates.count > rhs.updates.count }
        if rank(lhs.sourceFormat) != rank(rhs.sourceFormat) { return rank(lhs.sourceFormat) < rank(rhs.sourceFormat) }
        return lhs.place < rhs.place
    }

    /// Lower is preferred: machine formats first, documents last.
    static func rank(_ format: SourceFormat) -> Int {
        switch format {
        case .statuspageJSON, .incidentioJSON, .googleCloudJSON, .awsHealthJSON: 0
        case .statuspageIncidentPage: 1
        case .statuspageAtom, .googleCloudAtom, .genericAtom: 2
        case .statuspageRSS, .genericRSS: 3
        case .statuspageHomePage: 4
        case .statuspageHistoryPage: 5
        case .aggregatorText: 6
        case .markdownPostmortem, .htmlPostmortem: 7
        }
    }
}
