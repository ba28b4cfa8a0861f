import Foundation
import GRDB
import Pipeline
import Reporting

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
    /// with the `builder`'s reading settings.
    public func rebuild(with builder: ReportBuilder, at recordedAt: Date = Date()) throws -> Rebuild {
        var result = Rebuild(incidents: 0, revisions: 0, rebuilt: false)
        try queue.inTransaction(.immediate) { db in
            let arrived = try Row.fetchAll(
                db, sql: "SELECT id, path FROM source_document WHERE in_derived = 0 ORDER BY id")
            let current = try db.tableExists("incidents")
            guard !arrived.isEmpty || !current else {
                result.incidents = try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents") ?? 0
                return .commit
            }
            let loaded = builder.loader.assemble(try Self.documents(in: db))
            let report = builder.build(loaded: loaded, period: .all).report
            let records = CSVRecords.all(for: report)
            let old = try RevisionLog(reading: db)
            let new = RevisionLog(records)
            let revisions = new.revisions(since: old)
            let sources = try Self.arrivedKeys(in: db)
            let allArrived = arrived.map { row -> String in row["path"] }
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO incident_revision (vendor, incident_id, revision, recorded_at, change, documents,
                        updates_added, updates_removed, updates_edited, status_before, status_after, impact_before,
                        impact_after, replaced)
                    VALUES (?, ?, (SELECT coalesce(max(revision), 0) + 1 FROM incident_revision
                        WHERE vendor = ? AND incident_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for revision in revisions {
                let key = revision.key
                let documents = sources[key] ?? allArrived
                try insert.execute(arguments: [
                    key.vendor, key.id, key.vendor, key.id, UTCTime.iso(recordedAt), revision.change,
                    documents.joined(separator: "; "), revision.updatesAdded, revision.updatesRemoved,
                    revision.updatesEdited, revision.statusBefore, revision.statusAfter, revision.impactBefore,
                    revision.impactAfter, revision.replaced,
                ])
            }
            try DerivedTables.replace(records, in: db)
            try db.execute(sql: "UPDATE source_document SET in_derived = 1 WHERE in_derived = 0")
            result = Rebuild(incidents: report.incidents.count, revisions: revisions.count, rebuilt: true)
            return .commit
        }
        return result
    }

    /// The paths of the documents that arrived since the last rebuild, by the incident keys they carry.
    static func arrivedKeys(in db: Database) throws -> [RevisionLog.Key: [String]] {
        var out: [RevisionLog.Key: [String]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT a.vendor, a.incident_id, d.path, d.id FROM source_incident a
                JOIN source_document d ON d.id = a.document_id WHERE d.in_derived = 0 ORDER BY d.id
                """)
        for row in rows {
            let key = RevisionLog.Key(vendor: row["vendor"], id: row["incident_id"])
            let path: String = row["path"]
            if out[key]?.contains(path) != true { out[key, default: []].append(path) }
        }
        return out
    }
}
