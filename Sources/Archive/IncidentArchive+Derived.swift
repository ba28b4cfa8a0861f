import Foundation
import GRDB
import Pipeline
import Reporting
import Utilities

extension IncidentArchive {
    /// What a rebuild of the derived tables did.
    public struct Rebuild: Sendable, Equatable {
        /// Incidents in the archive after it.
        public var incidents: Int
        /// Revisions recorded (incidents added, changed or removed).
        public var revisions: Int
        /// Whether anything was rebuilt (`false` when no document had arrived since the last one).
        public var rebuilt: Bool
    }

    /// Rebuilds the derived tables from every archived document, when documents arrived since the
    /// last rebuild, and records a revision per incident that changed, in one transaction.
    ///
    /// The tables hold what `report` over the same files writes into its CSV files for all incidents,
    /// with the `builder`'s reading settings. Rebuilds wait for each other (SQLite's `BEGIN IMMEDIATE`,
    /// PostgreSQL's `pg_advisory_xact_lock`), and only the documents seen arriving are marked as
    /// built, so a document stored by an import running at once is built by the later rebuild.
    public func rebuild(with builder: ReportBuilder, at recordedAt: Date = Date()) throws -> Rebuild {
        try engine.write { db in
            if let lock = db.dialect.rebuildLock { try db.execute(lock) }
            let arrived = try db.fetch("SELECT id, path FROM source_document WHERE in_derived = FALSE ORDER BY id")
            let current = try db.tableExists("incidents")
            guard !arrived.isEmpty || !current else {
                return Rebuild(incidents: try db.count("SELECT count(*) FROM incidents"), revisions: 0, rebuilt: false)
            }
            let documents = try documents(in: db)
            let loaded = builder.loader.assemble(documents.map(\.document))
            // The tables hold no clock summary: the bootstrap of the medians' intervals is skipped.
            var tables = builder
            tables.summarizer.resamples = 0
            let measured = tables.measure(loaded.incidents)
            let report = tables.assemble(measured, period: .all, problems: loaded.failures.map(\.message))
            let builders = CSVRecords.builders(for: report, style: .raw)
            let records = Parallel.map(builders.count) { builders[$0]() }
            let old = try RevisionLog(reading: db)
            let revisions = RevisionLog(records).revisions(since: old)
            try Self.record(revisions, arrived: arrived, at: recordedAt, in: db)
            try DerivedTables.replace(records, in: db)
            try MergedIncidents.replace(
                measured, members: loaded.accounts, documents: documents,
                settings: MergedIncidents.settings(of: builder.loader), in: db)
            let ids = arrived.compactMap { $0.get("id", as: Int64.self) }
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = ids[start..<min(ids.count, start + 500)]
                try db.execute(
                    "UPDATE source_document SET in_derived = TRUE WHERE id IN ("
                        + Array(repeating: "?", count: chunk.count).joined(separator: ", ") + ")",
                    chunk.map { .integer($0) })
            }
            return Rebuild(incidents: report.incidents.count, revisions: revisions.count, rebuilt: true)
        }
    }

    /// Appends `revisions` to `incident_revision`, each numbered after the incident's last one.
    private static func record(
        _ revisions: [RevisionLog.Revision], arrived: [ArchiveRow], at recordedAt: Date, in db: any ArchiveConnection
    ) throws {
        var last: [RevisionLog.Key: Int64] = [:]
        for row in try db.fetch("SELECT vendor, incident_id, max(revision) AS n FROM incident_revision GROUP BY 1, 2") {
            last[RevisionLog.Key(vendor: row.get("vendor") ?? "", id: row.get("incident_id") ?? "")] = row.get("n")
        }
        let sources = try arrivedKeys(in: db)
        let allArrived = arrived.map { row -> String in row.get("path") ?? "" }
        let at = UTCTime.iso(recordedAt)
        try db.insert(
            into: "incident_revision",
            columns: [
                "vendor", "incident_id", "revision", "recorded_at", "change", "documents", "updates_added",
                "updates_removed", "updates_edited", "status_before", "status_after", "impact_before", "impact_after",
                "replaced",
            ],
            rows: revisions.map { revision in
                let key = revision.key
                let documents = (sources[key] ?? allArrived).joined(separator: "; ")
                let head: [ArchiveValue] = [
                    .text(key.vendor), .text(key.id), .integer((last[key] ?? 0) + 1), .instant(at),
                    .text(revision.change), .text(documents),
                ]
                let counts = [revision.updatesAdded, revision.updatesRemoved, revision.updatesEdited].map {
                    ArchiveValue.integer(Int64($0))
                }
                let states = [
                    revision.statusBefore, revision.statusAfter, revision.impactBefore, revision.impactAfter,
                    revision.replaced,
                ].map { ArchiveValue.text($0) }
                return head + counts + states
            })
    }

    /// The paths of the documents that arrived since the last rebuild, by the incident keys they carry.
    static func arrivedKeys(in db: any ArchiveConnection) throws -> [RevisionLog.Key: [String]] {
        var out: [RevisionLog.Key: [String]] = [:]
        let rows = try db.fetch(
            """
            SELECT DISTINCT a.vendor, a.incident_id, d.path, d.id FROM source_incident a
            JOIN source_document d ON d.id = a.document_id WHERE d.in_derived = FALSE ORDER BY d.id
            """)
        for row in rows {
            let key = RevisionLog.Key(vendor: row.get("vendor") ?? "", id: row.get("incident_id") ?? "")
            let path: String = row.get("path") ?? ""
            if out[key]?.contains(path) != true { out[key, default: []].append(path) }
        }
        return out
    }
}
