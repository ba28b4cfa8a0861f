import Archive
import ArchiveTestSupport
import Chronology
import Foundation
import Pipeline
import Reporting
import TestSupport
import Testing

/// A report of a period over an archive loads only that period's incidents, chosen in SQL, and writes
/// what the report of that period over the same files writes, on both engines.
@Suite struct ArchivePeriodTests {
    /// The report files of `period` from what a loader gave, with the archive's context when it has one.
    static func files(_ loaded: IncidentLoader.Result, _ period: ReportPeriod, context: ReportContext? = nil) throws
        -> [String: String]
    {
        let report = ArchiveSupport.builder.build(loaded: loaded, period: period, context: context).report
        return Dictionary(uniqueKeysWithValues: try ReportWriter().files(for: report).map { ($0.name, $0.text) })
    }

    /// The months in which the incidents read from `paths` start, and ranges open on either side.
    static func periods(_ loaded: IncidentLoader.Result, every step: Int) throws -> [ReportPeriod] {
        let measured = ArchiveSupport.builder.measure(loaded.incidents)
        let months = Set(measured.compactMap { $0.windowStart.map { UTCTime.iso($0).prefix(7) } }).sorted()
        var periods = try stride(from: 0, to: months.count, by: step).map { try ReportPeriod.month(String(months[$0])) }
        if let middle = months.dropFirst(months.count / 2).first {
            periods.append(try ReportPeriod.range(from: "\(middle)-10", to: nil))
            periods.append(try ReportPeriod.range(from: nil, to: "\(middle)-20"))
            periods.append(try ReportPeriod.range(from: "\(middle)-03", to: "\(middle)-17"))
        }
        periods.append(try ReportPeriod.month("1999-01"))
        return periods
    }

    /// Imports `paths`, then checks every period's report over the archive against the files'.
    static func check(_ paths: [String], engine: ArchiveEngineKind, every step: Int) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        try ArchiveSupport.importing(paths, into: archive.location)
        let opened = try IncidentArchive(location: archive.location, create: false)
        let direct = ArchiveSupport.builder.loader.load(paths)
        let periods = try periods(direct, every: step)
        #expect(periods.count >= 5)
        for period in periods {
            let part = try #require(try opened.load(with: ArchiveSupport.builder.loader, period: period))
            #expect(part.accountsRead < part.accountsInArchive, "\(period.label) reads only some accounts")
            let fromArchive = try files(part.loaded, period, context: part.context)
            let fromFiles = try files(direct, period)
            #expect(fromArchive.keys.sorted() == fromFiles.keys.sorted())
            for (name, text) in fromFiles { #expect(fromArchive[name] == text, "\(period.label): \(name) differs") }
        }
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func fixturesReportsOfAPeriodFromTheArchiveAreTheFilesReports(_ engine: ArchiveEngineKind) throws {
        try Self.check([FixturePaths.fixtures.path], engine: engine, every: 1)
    }

    @Test(
        .enabled(if: FixturePaths.shared != nil, "skipped: needs ../shared/fixtures"),
        arguments: ArchiveEngineKind.allCases)
    func gitHubReportsOfAPeriodFromTheArchiveAreTheFilesReports(_ engine: ArchiveEngineKind) throws {
        let github = try #require(FixturePaths.sharedFixture("statuspage-json/github-incidents")).path
        try Self.check([github], engine: engine, every: 7)
    }

    @Test(arguments: ArchiveEngineKind.allCases)
    func theIndexDoesNotAnswerForOtherSettingsNewDocumentsOrNoPeriod(_ engine: ArchiveEngineKind) throws {
        let archive = try engine.archive()
        defer { archive.remove() }
        let fixtures = FixturePaths.fixtures.path
        try ArchiveSupport.importing([fixtures + "/statuspage-json"], into: archive.location)
        let opened = try IncidentArchive(location: archive.location, create: false)
        let loader = ArchiveSupport.builder.loader
        let month = try ReportPeriod.month("2025-01")
        #expect(try opened.load(with: loader, period: month) != nil)
        #expect(try opened.load(with: loader, period: .all) == nil, "no period: the whole archive is read")
        var other = loader
        other.reconciler = Reconciler(options: ReconcileOptions(defaultZone: "America/New_York"))
        #expect(try opened.load(with: other, period: month) == nil, "times read otherwise: the whole archive")
        var separate = loader
        separate.mergesAccounts = false
        #expect(try opened.load(with: separate, period: month) == nil, "accounts not merged: the whole archive")
        let writer = try IncidentArchive(location: archive.location)
        let extra = FixturePaths.fixture("statuspage/kustomer-history.rss")
        var raw = loader
        raw.mergesAccounts = false
        raw.reconciles = false
        let read = raw.load([extra.path])
        try writer.store(
            ArchivedDocument(
                content: try Data(contentsOf: extra),
                read: IncidentLoader.ReadDocument(
                    file: extra.path, format: read.formats.first?.format, incidents: read.incidents)))
        #expect(try opened.load(with: loader, period: month) == nil, "a document not yet built: the whole archive")
    }
}
