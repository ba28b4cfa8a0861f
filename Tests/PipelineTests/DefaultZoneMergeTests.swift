import Chronology
import Foundation
import IncidentModel
import Pipeline
import TestSupport
import Testing

/// The reading configuration reaches the merger: a default zone for times written without one moves
/// an aggregator's copy of an incident away from the feed's account of it, so they are no longer one.
@Suite struct DefaultZoneMergeTests {
    /// The aggregator's copy of the Kustomer incident with every ` UTC` taken off its times, beside
    /// the status page's RSS feed (machine instants) that has the same incident.
    static func inputs() throws -> (folder: URL, paths: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zone-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: FixturePaths.fixture("aggregator/kustomer-2025-01-10.txt"), encoding: .utf8)
        let zoneless = folder.appendingPathComponent("kustomer-2025-01-10.txt")
        try text.replacingOccurrences(of: " UTC", with: "").write(to: zoneless, atomically: true, encoding: .utf8)
        return (folder, [zoneless.path, FixturePaths.fixture("statuspage/kustomer-history.rss").path])
    }

    /// The incidents titled as the routing incident, read with `options`.
    static func routingIncidents(_ paths: [String], options: ReconcileOptions) -> [Incident] {
        let loader = IncidentLoader(reconciler: Reconciler(options: options))
        return ReportBuilder(loader: loader).build(paths: paths, period: .all).report.incidents.map(\.incident)
            .filter { $0.title.hasPrefix("Delays in Routing") }
    }

    @Test func defaultZoneChangesTheMergeDecision() throws {
        let (folder, paths) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        let utc = Self.routingIncidents(paths, options: ReconcileOptions())
        #expect(utc.count == 1, "read as UTC, the copy's times are the feed's: one incident")
        #expect(utc.first?.diagnostics.contains { $0.code == "incident.merged" } == true)
        let newYork = Self.routingIncidents(paths, options: ReconcileOptions(defaultZone: "America/New_York"))
        #expect(newYork.count == 2, "read five hours later, the copy is another incident")
        #expect(newYork.allSatisfy { incident in !incident.diagnostics.contains { $0.code == "incident.merged" } })
    }

    @Test func theCommandLinePassesTheDefaultZoneToTheMerger() throws {
        if let reason = PostmortemProcess.skipReason {
            print(reason)
            return
        }
        let (folder, paths) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: folder) }
        func rows(_ extra: [String]) throws -> Int {
            try PostmortemProcess.run(["incidents"] + extra + paths).csvRows.filter { $0.contains("Delays in Routing") }
                .count
        }
        #expect(try rows([]) == 1)
        #expect(try rows(["--default-zone", "America/New_York"]) == 2)
    }
}
