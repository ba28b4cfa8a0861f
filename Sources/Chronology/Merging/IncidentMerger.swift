import Foundation
import IncidentModel

/// Merges the accounts of one incident read from several sources into one incident.
///
/// A vendor's RSS and Atom feeds, its detail page, an aggregator's copy and the team's own
/// postmortem describe the same incident; counted apart they would double every number. Accounts
/// are the same incident when
/// - they share the vendor and the incident code;
/// - a postmortem document links the status page of that code (`status_page:` in its front matter);
/// - they share the vendor and the title, come from different formats, and their first updates are
///   within ten minutes of each other (an aggregator's copy has no code);
/// - they share the vendor and the title and their last `resolved` updates are within two minutes,
///   across formats, or in one format when an id was made from a file name (a page's text excerpt
///   that starts late still ends where the aggregator's copy does);
/// - an id was made from a file name, and the vendor, the first update and the last update agree
///   within a minute, or one account's updates are the other's first ones (a copy cut short).
///
/// Two records of one format with real, different codes stay two incidents even with the same
/// title and times: the vendor published both.
///
/// The primary account is the most complete one: an account that reached `resolved` (or
/// `completed`) beats one that did not; among unresolved ones, the one that goes on later; then the
/// one with the most exact times (API JSON, then the detail page, then the feeds, the home and
/// history pages, aggregator text). Its updates are kept whole, since splicing update lists from
/// different renderings would invent a sequence no source published. Fields the primary lacks
/// (a real code, components, impact, URL, postmortem, declared start) are filled from the others,
/// a team's postmortem document wins over a status-page postmortem, and the merge is recorded as
/// a note; sources whose first or last update differ by more than a minute get a `source.disagree`
/// warning with both times (trap T17), saying which account stops early.
public struct IncidentMerger: Sendable {
    private let reconciler: Reconciler
    private let firstWindow: TimeInterval = 600
    private let resolvedWindow: TimeInterval = 120
    private let sameWindow: TimeInterval = 60

    /// Creates a merger that reads update times with `reconciler` to compare sources.
    public init(reconciler: Reconciler = Reconciler()) {
        self.reconciler = reconciler
    }

    /// Merges accounts of the same incident; the result keeps the order of first appearance.
    public func merge(_ incidents: [Incident]) -> [Incident] {
        mergeGroups(incidents).incidents
    }

    /// ``merge(_:)``, with the positions in `incidents` of the accounts each merged incident was made
    /// from (in their order): what the archive records to load an incident's accounts alone.
    public func mergeGroups(_ incidents: [Incident]) -> (incidents: [Incident], members: [[Int]]) {
        var vendors: [String: String] = [:]
        var accounts = incidents.enumerated().map { index, incident in
            let vendor = vendors[incident.vendor] ?? MergeAccount.vendorKey(incident.vendor)
            vendors[incident.vendor] = vendor
            return MergeAccount(incident, index: index, vendor: vendor)
        }
        var groups = DisjointSets(count: incidents.count)
        var byCode: [String: Int] = [:]
        for account in accounts {
            let key = account.vendor + "|" + account.incident.id.lowercased()
            if let other = byCode[key] { groups.union(account.index, other) } else { byCode[key] = account.index }
        }
        // Candidates are found through an index on merge keys (vendor, title, time bucket), never by
        // comparing every pair of a vendor's accounts (100,000 files of one vendor would be five
        // billion comparisons), and times are read only for accounts a rule could join at all.
        let liveness = MergeLiveness(accounts)
        var index = MergeIndex(firstWindow: firstWindow, resolvedWindow: resolvedWindow, sameWindow: sameWindow)
        for position in accounts.indices where !accounts[position].isDocument && liveness.isLive(accounts[position]) {
            accounts[position].readTimes(with: reconciler)
            let account = accounts[position]
            let fingerprint = MergeFingerprint(account)
            let candidates = index.candidates(for: account)
            WorkMeter.record(candidates.count + 1)
            for other in candidates where MergeFingerprint.mayBeOne(fingerprint, MergeFingerprint(accounts[other])) {
                if sameIncident(account, accounts[other]) { groups.union(account.index, other) }
            }
            index.insert(account)
        }
        let codes = Dictionary(
            accounts.filter { !$0.isDocument }.map { ($0.incident.id.lowercased(), $0.index) },
            uniquingKeysWith: { first, _ in first })
        for account in accounts where account.isDocument {
            if let code = Self.linkedCode(account.incident), let other = codes[code] {
                groups.union(account.index, other)
            }
        }
        var order: [Int] = []
        var members: [Int: [Int]] = [:]
        for index in incidents.indices {
            let root = groups.find(index)
            if members[root] == nil { order.append(root) }
            members[root, default: []].append(index)
        }
        let merged = order.map { root in
            let group = members[root, default: []]
            guard group.count > 1 else { return incidents[group[0]] }
            for index in group { accounts[index].readTimes(with: reconciler) }
            return combine(group.map { accounts[$0] })
        }
        return (merged, order.map { members[$0, default: []] })
    }

    /// Whether two accounts of one vendor (not documents), their times read, tell the same incident.
    func sameIncident(_ a: MergeAccount, _ b: MergeAccount) -> Bool {
        let crossFormat = a.incident.sourceFormat != b.incident.sourceFormat
        let synthetic = a.syntheticID || b.syntheticID
        func near(_ x: Date?, _ y: Date?, _ window: TimeInterval) -> Bool {
            guard let x, let y else { return false }
            return abs(x.timeIntervalSince(y)) <= window
        }
        if !a.title.isEmpty, a.title == b.title {
            if crossFormat, near(a.first, b.first, firstWindow) { return true }
            if crossFormat || synthetic, near(a.lastTerminal, b.lastTerminal, resolvedWindow) { return true }
        }
        guard synthetic, !a.vendor.isEmpty, a.titleAgrees(with: b), near(a.first, b.first, sameWindow) else {
            return false
        }
        return near(a.last, b.last, sameWindow) || a.isPrefix(of: b, within: sameWindow)
    }

    private func combine(_ accounts: [MergeAccount]) -> Incident {
        let ranked = Self.ranked(accounts)
        var merged = ranked[0].incident
        let others = ranked.dropFirst().map(\.incident)
        if ranked[0].syntheticID,
            let real = ranked.dropFirst().first(where: { !$0.syntheticID && !$0.isDocument })
        {
            merged.id = real.incident.id
        }
        if merged.title.isEmpty, let title = others.first(where: { !$0.title.isEmpty })?.title { merged.title = title }
        if merged.impact == .unknown, let impact = others.first(where: { $0.impact != .unknown })?.impact {
            merged.impact = impact
        }
        if merged.components.isEmpty, let components = others.first(where: { !$0.components.isEmpty })?.components {
            merged.components = components
        }
        if merged.url == nil { merged.url = others.first { $0.url != nil && !MergeAccount.isDocument($0) }?.url }
        merged.isMaintenance = accounts.contains(where: \.incident.isMaintenance)
        if merged.declaredStart == nil {
            merged.declaredStart = others.first { $0.declaredStart != nil }?.declaredStart
        }
        if merged.declaredEnd == nil { merged.declaredEnd = others.first { $0.declaredEnd != nil }?.declaredEnd }
        if let document = accounts.first(where: { $0.isDocument && $0.incident.postmortem != nil }) {
            merged.postmortem = document.incident.postmortem
        } else if merged.postmortem.map({ $0.text.isEmpty }) ?? true,
            let postmortem = others.compactMap(\.postmortem).first(where: { !$0.text.isEmpty })
        {
            merged.postmortem = postmortem
        }
        for account in accounts {
            merged.markers.merge(account.incident.markers) { current, _ in current }
        }
        var diagnostics = DiagnosticList(merged.diagnostics)
        for diagnostic in others.flatMap(\.diagnostics) { diagnostics.append(diagnostic) }
        merged.diagnostics = diagnostics.items
        let sources = ranked.map { "\($0.incident.sourceFormat.rawValue) (\($0.incident.place.file))" }
        merged.diagnostics.append(
            Diagnostic(
                code: .incidentMerged, severity: .note, place: merged.place,
                message: "\(accounts.count) accounts of this incident were merged; the first is primary: "
                    + sources.joined(separator: ", "),
                readings: sources))
        merged.diagnostics += SourceDisagreement.notes(primary: ranked[0], others: Array(ranked.dropFirst()))
        return merged
    }

    /// The accounts, primary first: complete before incomplete, then (among incomplete ones) the
    /// one that goes on later, then the format's rank, the number of updates and input order.
    static func ranked(_ accounts: [MergeAccount]) -> [MergeAccount] {
        let latest = accounts.compactMap(\.last).max()
        func key(_ account: MergeAccount) -> (Int, Int, Int, Int, Int, Int) {
            let stopsEarly =
                account.last.map { last in latest.map { $0.timeIntervalSince(last) > 60 } ?? false } ?? true
            return (
                account.incident.updates.isEmpty ? 1 : 0, account.isComplete ? 0 : 1,
                account.isComplete || !stopsEarly ? 0 : 1, rank(account.incident.sourceFormat),
                -account.incident.updates.count, account.index
            )
        }
        return accounts.sorted { key($0) < key($1) }
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
}
