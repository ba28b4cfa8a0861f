import Foundation
import IncidentModel
import Testing

@testable import Chronology

/// The merger finds its candidates through an index on merge keys: the work grows linearly with the
/// accounts however their titles repeat, and the groups are those that comparing every pair gives.
@Suite struct MergeIndexTests {
    private static let titles = (0..<20).map { "Elevated error rates on service \($0)" }

    private func incident(
        _ id: String, _ format: SourceFormat, file: String, vendor: String = "Bench Cloud", title: String,
        at times: [(Status, Date)]
    ) -> Incident {
        let updates = times.map { status, instant in
            StatusUpdate(
                status: status, label: status.rawValue, body: "",
                written: WrittenTime(
                    text: "\(instant)", place: SourcePlace(file: file), context: TimeContext(pageZone: "UTC"),
                    exact: instant))
        }
        return Incident(
            id: id, vendor: vendor, sourceFormat: format, place: SourcePlace(file: file), title: title,
            updates: updates)
    }

    /// `count` API records 37 minutes apart with twenty titles; every fifth is followed by an
    /// aggregator copy (id from its file name) a minute late, which the merger must join to it.
    private func accounts(_ count: Int) -> [Incident] {
        let start = Date(timeIntervalSince1970: 1_735_689_600)
        var incidents: [Incident] = []
        for index in 0..<count {
            let began = start.addingTimeInterval(Double(index) * 37 * 60)
            let ended = began.addingTimeInterval(42 * 60)
            let title = Self.titles[index % Self.titles.count]
            incidents.append(
                incident(
                    "b\(index)", .statuspageJSON, file: "b\(index).json", title: title,
                    at: [(.investigating, began), (.resolved, ended)]))
            if index % 5 == 4 {
                incidents.append(
                    incident(
                        "copy-\(index)", .aggregatorText, file: "copy-\(index).txt", title: title,
                        at: [(.investigating, began.addingTimeInterval(60)), (.resolved, ended.addingTimeInterval(60))])
                )
            }
        }
        return incidents
    }

    private func merged(_ incidents: [Incident]) -> (steps: Int, count: Int) {
        let meter = WorkMeter()
        let count = WorkMeter.$current.withValue(meter) { IncidentMerger().merge(incidents).count }
        return (meter.steps, count)
    }

    @Test func doublingTheAccountsDoublesTheComparisons() {
        let small = merged(accounts(2_000))
        let large = merged(accounts(4_000))
        #expect(small.count == 2_000 && large.count == 4_000, "each copy joins its record")
        #expect(
            large.steps <= small.steps * 21 / 10, "\(small.steps) steps for 2,400 accounts, \(large.steps) for 4,800")
        #expect(large.steps >= small.steps * 19 / 10, "the meter missed work: \(small.steps) then \(large.steps)")
    }

    /// Random accounts of two vendors, four formats, three titles (one empty) and ids real or made
    /// from the file name, within two hours: the index gives the groups that every pair gives.
    @Test func theIndexFindsTheGroupsEveryPairGives() {
        var random = SeededRandom(seed: 14)
        let formats: [SourceFormat] = [.statuspageJSON, .statuspageRSS, .aggregatorText, .statuspageIncidentPage]
        let start = Date(timeIntervalSince1970: 1_736_527_020)
        var joined = 0
        for _ in 0..<40 {
            let incidents = (0..<60).map { index in
                let format = formats[random.below(formats.count)]
                let file = "f\(index).\(format.rawValue)"
                let id = random.below(3) == 0 ? "f\(index)" : "c\(random.below(30))"
                let first = start.addingTimeInterval(Double(random.below(7_200)))
                var times: [(Status, Date)] = [(.investigating, first)]
                for _ in 0..<random.below(3) {
                    times.append((.identified, first.addingTimeInterval(Double(random.below(3_600)))))
                }
                if random.below(2) == 0 {
                    times.append((.resolved, first.addingTimeInterval(Double(3_600 + random.below(240)))))
                }
                return incident(
                    id, format, file: file, vendor: random.below(4) == 0 ? "Other" : "Bench Cloud",
                    title: ["", "Delayed routing", "API errors"][random.below(3)], at: times)
            }
            let expected = everyPair(incidents)
            joined += expected.filter { $0.count > 1 }.count
            #expect(groups(IncidentMerger().merge(incidents)) == expected)
        }
        #expect(joined > 40, "the rules joined \(joined) groups: the sets must hold merges to compare")
    }

    /// The files of each merged incident.
    private func groups(_ merged: [Incident]) -> Set<Set<String>> {
        Set(
            merged.map { incident in
                guard let note = incident.diagnostics.first(where: { $0.code == "incident.merged" }) else {
                    return [incident.place.file]
                }
                return Set(note.readings.map { String($0.split(separator: "(").last?.dropLast() ?? "") })
            })
    }

    /// The groups that comparing every pair of accounts with the merger's own rules gives.
    private func everyPair(_ incidents: [Incident]) -> Set<Set<String>> {
        let merger = IncidentMerger()
        let accounts = incidents.enumerated().map { MergeAccount($1, index: $0, reconciler: Reconciler()) }
        var sets = DisjointSets(count: accounts.count)
        for a in accounts {
            for b in accounts where b.index < a.index && b.vendor == a.vendor {
                let sameCode = a.incident.id.lowercased() == b.incident.id.lowercased()
                if sameCode || merger.sameIncident(a, b) { sets.union(a.index, b.index) }
            }
        }
        var members: [Int: Set<String>] = [:]
        for account in accounts { members[sets.find(account.index), default: []].insert(account.incident.place.file) }
        return Set(members.values)
    }
}

/// SplitMix64: the same accounts on every run.
private struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }
}
