import Foundation
import IncidentModel

/// Merges the accounts of one incident read from several sources into one incident.
///
/// A vendor's RSS and Atom feeds, its detail page, an aggregator's copy and the team's own
/// postmortem describe the same incident; counted apart they would double every number. Accounts
/// are the same incident when they share the vendor and the incident code, when a postmortem
/// document links the status page of that code (`status_page:` in its front matter), or when they
/// share the vendor and the title, come from different formats, and their first updates are within
/// ten minutes of each other (an aggregator's copy has no code). Two records of one format with
/// different codes stay two incidents even with the same title: the vendor published both.
///
/// The primary account is the one with the most exact times (API JSON, then the detail page, then
/// the feeds, the home and history pages, aggregator text); its updates are kept whole, since
/// splicing update lists from different renderings would invent a sequence no source published.
/// Fields the primary lacks (components, impact, URL, postmortem, declared start) are filled from
/// the others, a team's postmortem document wins over a status-page postmortem, and the merge is
/// recorded as a note; sources whose first or last update differ by more than a minute get a
/// `source.disagree` warning with both times (trap T17).
public struct IncidentMerger: Sendable {
    private let reconciler: Reconciler
    private let window: TimeInterval = 600

    /// Creates a merger that reads update times with `reconciler` to compare sources.
    public init(reconciler: Reconciler = Reconciler()) {
        self.reconciler = reconciler
    }

    /// Merges accounts of the same incident; the result keeps the order of first appearance.
    public func merge(_ incidents: [Incident]) -> [Incident] {
        var groups = DisjointSets(count: incidents.count)
        var byCode: [String: Int] = [:]
        var byTitle: [String: [Int]] = [:]
        let firsts = incidents.map { firstInstant(of: $0) }
        for (index, incident) in incidents.enumerated() {
            let key = Self.vendorKey(incident.vendor) + "|" + incident.id.lowercased()
            if let other = byCode[key] { groups.union(index, other) } else { byCode[key] = index }
            let title = Self.normalized(incident.title)
            guard !title.isEmpty, !Self.isDocument(incident) else { continue }
            let titleKey = Self.vendorKey(incident.vendor) + "|" + title
            for other in byTitle[titleKey, default: []] where incidents[other].sourceFormat != incident.sourceFormat {
                if let a = firsts[index], let b = firsts[other], abs(a.timeIntervalSince(b)) <= window {
                    groups.union(index, other)
                }
            }
            byTitle[titleKey, default: []].append(index)
        }
        let codes = Dictionary(
            incidents.enumerated().filter { !Self.isDocument($0.element) }.map {
                ($0.element.id.lowercased(), $0.offset)
            },
            uniquingKeysWith: { first, _ in first })
        for (index, incident) in incidents.enumerated() where Self.isDocument(incident) {
            if let code = Self.linkedCode(incident), let other = codes[code] { groups.union(index, other) }
        }
        var order: [Int] = []
        var members: [Int: [Int]] = [:]
        for index in incidents.indices {
            let root = groups.find(index)
            if members[root] == nil { order.append(root) }
            members[root, default: []].append(index)
        }
        return order.map { root in
            let group = members[root, default: []]
            return group.count == 1
                ? incidents[group[0]] : combine(group.map { incidents[$0] }, firsts: group.map { firsts[$0] })
        }
    }

    private func combine(_ accounts: [Incident], firsts: [Date?]) -> Incident {
        let ranked = accounts.indices.sorted { a, b in
            let left = (
                accounts[a].updates.isEmpty ? 1 : 0, Self.rank(accounts[a].sourceFormat), -accounts[a].updates.count, a
            )
            let right = (
                accounts[b].updates.isEmpty ? 1 : 0, Self.rank(accounts[b].sourceFormat), -accounts[b].updates.count, b
            )
            return left < right
        }
        var merged = accounts[ranked[0]]
        let others = ranked.dropFirst().map { accounts[$0] }
        if merged.title.isEmpty, let title = others.first(where: { !$0.title.isEmpty })?.title { merged.title = title }
        if merged.impact == .unknown, let impact = others.first(where: { $0.impact != .unknown })?.impact {
            merged.impact = impact
        }
        if merged.components.isEmpty, let components = others.first(where: { !$0.components.isEmpty })?.components {
            merged.components = components
        }
        if merged.url == nil { merged.url = others.first { $0.url != nil && !Self.isDocument($0) }?.url }
        merged.isMaintenance = accounts.contains(where: \.isMaintenance)
        if merged.declaredStart == nil {
            merged.declaredStart = others.first { $0.declaredStart != nil }?.declaredStart
        }
        if merged.declaredEnd == nil { merged.declaredEnd = others.first { $0.declaredEnd != nil }?.declaredEnd }
        if let document = accounts.first(where: { Self.isDocument($0) && $0.postmortem != nil }) {
            merged.postmortem = document.postmortem
        } else if merged.postmortem.map({ $0.text.isEmpty }) ?? true,
            let postmortem = others.compactMap(\.postmortem).first(where: { !$0.text.isEmpty })
        {
            merged.postmortem = postmortem
        }
        for account in accounts {
            merged.markers.merge(account.markers) { current, _ in current }
        }
        var seen = Set(merged.diagnostics)
        for diagnostic in others.flatMap(\.diagnostics) where seen.insert(diagnostic).inserted {
            merged.diagnostics.append(diagnostic)
        }
        let sources = ranked.map { "\(accounts[$0].sourceFormat.rawValue) (\(accounts[$0].place.file))" }
        merged.diagnostics.append(
            Diagnostic(
                code: "incident.merged", severity: .note, place: merged.place,
                message: "\(accounts.count) accounts of this incident were merged; the first is primary: "
                    + sources.joined(separator: ", "),
                readings: sources))
        merged.diagnostics += disagreements(primary: merged, others: others)
        return merged
    }

    private func disagreements(primary: Incident, others: [Incident]) -> [Diagnostic] {
        guard let first = firstInstant(of: primary), let last = lastInstant(of: primary) else { return [] }
        var found: [Diagnostic] = []
        for other in others where !other.updates.isEmpty {
            for (what, mine, theirs) in [
                ("first update", first, firstInstant(of: other)), ("last update", last, lastInstant(of: other)),
            ] {
                guard let theirs, abs(theirs.timeIntervalSince(mine)) > 60 else { continue }
                let readings = [
                    "\(primary.sourceFormat.rawValue): \(InstantText.iso(mine))",
                    "\(other.sourceFormat.rawValue): \(InstantText.iso(theirs))",
                ]
                found.append(
                    Diagnostic(
                        code: "source.disagree", severity: .warning, place: other.place,
                        message: "the sources disagree on the \(what): \(readings.joined(separator: " vs "))",
                        readings: readings))
            }
        }
        return found
    }

    private func firstInstant(of incident: Incident) -> Date? {
        incident.updates.compactMap { $0.written.exact ?? reconciler.resolve($0.written)?.instant }.min()
    }

    private func lastInstant(of incident: Incident) -> Date? {
        incident.updates.compactMap { $0.written.exact ?? reconciler.resolve($0.written)?.instant }.max()
    }

    private static func isDocument(_ incident: Incident) -> Bool {
        incident.sourceFormat == .markdownPostmortem || incident.sourceFormat == .htmlPostmortem
    }

    private static func linkedCode(_ incident: Incident) -> String? {
        for key in ["status_page", "incident_url", "status_page_incident", "incident"] {
            guard let value = incident.postmortem?.frontMatterValue(key), !value.isEmpty else { continue }
            let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: "/ "))
            return trimmed.split(separator: "/").last.map { $0.lowercased() }
        }
        return nil
    }

    private static func rank(_ format: SourceFormat) -> Int {
        switch format {
        case .statuspageJSON, .googleCloudJSON, .awsHealthJSON, .incidentioJSON: 0
        case .statuspageIncidentPage: 1
        case .statuspageAtom, .genericAtom, .googleCloudAtom: 2
        case .statuspageRSS, .genericRSS: 3
        case .statuspageHomePage: 4
        case .statuspageHistoryPage: 5
        case .aggregatorText: 6
        case .markdownPostmortem, .htmlPostmortem: 7
        }
    }

    private static func vendorKey(_ vendor: String) -> String {
        String(
            vendor.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    private static func normalized(_ title: String) -> String {
        title.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
